using Omov.Counting.Arithmetic;
using Omov.Counting.Ties;

namespace Omov.Counting;

/// <summary>The outcome of a count: who was elected, and every stage that led there.</summary>
public sealed class CountResult
{
    /// <summary>The method's CLI name, e.g. <c>ers97</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The contest's title.</summary>
    public required string Title { get; init; }

    /// <summary>Seats filled.</summary>
    public required int Seats { get; init; }

    /// <summary>Candidate names in ballot-paper order.</summary>
    public required IReadOnlyList<string> Candidates { get; init; }

    /// <summary>Ballots that counted (a first preference for a candidate not withdrawn, or later one).</summary>
    public required long ValidBallots { get; init; }

    /// <summary>Ballots that ranked nobody (or only withdrawn candidates).</summary>
    public required long InvalidBallots { get; init; }

    /// <summary>Decimal places the method counts in.</summary>
    public required int Decimals { get; init; }

    /// <summary>The quota at the first stage (null for FPTP and block). AV reports the first round's majority threshold.</summary>
    public Votes? Quota { get; init; }

    /// <summary>Every stage in order.</summary>
    public required IReadOnlyList<Stage> Stages { get; init; }

    /// <summary>Elected candidates in order of election.</summary>
    public required IReadOnlyList<int> Elected { get; init; }

    /// <summary>Excluded candidates in order of exclusion.</summary>
    public required IReadOnlyList<int> Excluded { get; init; }

    /// <summary>Candidates withdrawn before the count.</summary>
    public IReadOnlyList<int> Withdrawn { get; init; } = [];

    /// <summary>Every tie and how it was settled.</summary>
    public IReadOnlyList<TieBreak> TieBreaks { get; init; } = [];

    /// <summary>The lot seed in force, so a recount draws the same lots.</summary>
    public required string TieBreakSeed { get; init; }

    /// <summary>The drawn lot order in force, if one was given.</summary>
    public IReadOnlyList<int>? TieBreakOrder { get; init; }

    /// <summary>Group limits the count enforced, with the groups' members.</summary>
    public IReadOnlyList<GroupLimit> Limits { get; init; } = [];

    /// <summary>Named groups used by the limits.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<int>> Groups { get; init; } = new Dictionary<string, IReadOnlyList<int>>();

    /// <summary>Plain-English notes about the whole count (e.g. ballots cut at a repeated preference).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
