namespace Omov.Delivery.Post;

/// <summary>How a voter marks a ballot paper, which decides its boxes and its instruction.</summary>
public enum MarkingRule
{
    /// <summary>Preferences 1, 2, 3… in a box beside each candidate (AV and STV).</summary>
    Rank,

    /// <summary>One cross (first past the post).</summary>
    One,

    /// <summary>Crosses for up to N candidates (block vote).</summary>
    UpTo,
}
