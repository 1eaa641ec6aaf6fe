namespace Omov.Elections.Secrecy.Ballots;

/// <summary>
/// A voter's choice in one contest: the contest's number on the event's ballot, what kind of
/// choice, and the candidates' numbers (1-based, as on the ballot paper) — in preference order for
/// a ranking, in increasing order for a selection (so that one selection has one encoding), and
/// none for blank or spoilt. Use the factory methods; <see cref="BallotLayout.Check"/> validates.
/// </summary>
public sealed record ContestChoice
{
    private ContestChoice(int contest, ChoiceKind kind, IReadOnlyList<int> candidates)
    {
        Contest = contest;
        Kind = kind;
        Candidates = candidates;
    }

    /// <summary>The contest's number on the event's ballot.</summary>
    public int Contest { get; }

    /// <summary>Blank, spoilt, ranking or selection.</summary>
    public ChoiceKind Kind { get; }

    /// <summary>Candidate numbers: preference order for a ranking, increasing for a selection.</summary>
    public IReadOnlyList<int> Candidates { get; }

    /// <summary>No preference in <paramref name="contest"/>.</summary>
    public static ContestChoice Blank(int contest) => new(contest, ChoiceKind.Blank, []);

    /// <summary>A spoilt paper in <paramref name="contest"/>.</summary>
    public static ContestChoice Spoilt(int contest) => new(contest, ChoiceKind.Spoilt, []);

    /// <summary>Candidates ranked in <paramref name="contest"/>, first preference first.</summary>
    public static ContestChoice Ranking(int contest, IEnumerable<int> preferences) => new(contest, ChoiceKind.Ranking, [.. preferences]);

    /// <summary>Candidates marked in <paramref name="contest"/>, in any order (kept sorted).</summary>
    public static ContestChoice Selection(int contest, IEnumerable<int> candidates) => new(contest, ChoiceKind.Selection, [.. candidates.Order()]);

    /// <summary>A choice exactly as read, unsorted, for decoding to check.</summary>
    internal static ContestChoice Read(int contest, ChoiceKind kind, IReadOnlyList<int> candidates) => new(contest, kind, candidates);

    /// <inheritdoc/>
    public bool Equals(ContestChoice? other) =>
        other is not null && Contest == other.Contest && Kind == other.Kind && Candidates.SequenceEqual(other.Candidates);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Contest, Kind, Candidates.Count);
}
