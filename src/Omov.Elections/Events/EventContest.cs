using Omov.Counting;

namespace Omov.Elections.Events;

/// <summary>
/// One contest on a ballot event's ballot: how it is counted, how many it elects, its candidates
/// and constraints, and whose roll votes in it.
/// </summary>
public sealed record EventContest
{
    /// <summary>Short code, unique in the event (e.g. "leader", "nec-clp").</summary>
    public required string Code { get; init; }

    /// <summary>The title on the ballot.</summary>
    public required string Title { get; init; }

    /// <summary>The counting method's name in <see cref="Counting.Methods.CountingMethods"/> (fptp, block, av, ers97, scottish-stv, wigm, meek).</summary>
    public required string Method { get; init; }

    /// <summary>How many are elected.</summary>
    public int Seats { get; init; } = 1;

    /// <summary>The candidates in ballot order.</summary>
    public IReadOnlyList<EventCandidate> Candidates { get; init; } = [];

    /// <summary>Group minimums and maximums, e.g. at least 4 women.</summary>
    public IReadOnlyList<GroupLimit> Limits { get; init; } = [];

    /// <summary>The code of the stored contest whose rulebook decides, and whose approved roll lists, who votes here.</summary>
    public required string RollContest { get; init; }

    /// <summary>Guidance shown with the ballot, e.g. "You may rank as many as you like; we recommend at least 9."</summary>
    public string Guidance { get; init; } = "";

    /// <summary>Whether voters rank candidates (STV, AV) rather than mark them (FPTP, block).</summary>
    public bool IsRanked => Method is not ("fptp" or "block");

    /// <summary>The most marks a voter may make: every candidate when ranked, otherwise the seats.</summary>
    public int MaxMarks => IsRanked ? Candidates.Count : Seats;
}
