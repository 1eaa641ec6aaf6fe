namespace Omov.Delivery.Post;

/// <summary>One contest on a member's ballot: one ballot paper in the pack.</summary>
/// <param name="Title">The contest's title, as on the web (e.g. "Leader of the Labour Party").</param>
/// <param name="Marking">How the paper is marked.</param>
/// <param name="Candidates">The candidates in ballot order.</param>
public sealed record PostalContest(string Title, MarkingRule Marking, IReadOnlyList<PostalCandidate> Candidates)
{
    /// <summary>For <see cref="MarkingRule.UpTo"/>: how many crosses at most (the seats).</summary>
    public int MaxMarks { get; init; } = 1;

    /// <summary>A note printed under the instruction (e.g. "At least 4 of those elected will be women"), if any.</summary>
    public string? Note { get; init; }
}
