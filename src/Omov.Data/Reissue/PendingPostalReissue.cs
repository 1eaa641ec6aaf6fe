namespace Omov.Data.Reissue;

/// <summary>A postal replacement ballot waiting to be printed, with the new voting code it must carry.</summary>
public sealed record PendingPostalReissue(long Id, string MembershipNumber, string VotingCode, DateTimeOffset RequestedAt)
{
    /// <summary>Keeps the code out of logs and debugger views.</summary>
    public override string ToString() => $"PendingPostalReissue({Id}, {MembershipNumber})";
}
