namespace Omov.Data.Issuing;

/// <summary>How many members of an event hold a ballot, by the channel their code went by.</summary>
public sealed record IssuedCounts(long ByEmail, long ByPost)
{
    /// <summary>Every member holding a ballot.</summary>
    public long Total => ByEmail + ByPost;
}
