namespace Omov.Counting.Ballots;

/// <summary>
/// The candidates of one contest and every ballot cast in it, with identical rankings
/// aggregated under a weight, held in three flat arrays so that a million ballots of
/// thirty candidates fit in a few tens of megabytes and scan without pointer chasing.
/// </summary>
public sealed class BallotBox
{
    private readonly int[] _offsets;
    private readonly ushort[] _preferences;
    private readonly long[] _weights;

    internal BallotBox(
        string title,
        int seats,
        IReadOnlyList<string> candidates,
        IReadOnlyList<int> withdrawn,
        int[] offsets,
        ushort[] preferences,
        long[] weights,
        long emptyBallots,
        bool hasEqualRankings)
    {
        Title = title;
        Seats = seats;
        Candidates = candidates;
        Withdrawn = withdrawn;
        _offsets = offsets;
        _preferences = preferences;
        _weights = weights;
        EmptyBallots = emptyBallots;
        HasEqualRankings = hasEqualRankings;
        long total = 0;
        foreach (var weight in weights)
        {
            total = checked(total + weight);
        }

        TotalWeight = total;
    }

    /// <summary>The contest's title, as given in the file.</summary>
    public string Title { get; }

    /// <summary>Seats to fill, as given in the file (a count may override it).</summary>
    public int Seats { get; }

    /// <summary>Candidate names in ballot-paper order; indices are 0-based.</summary>
    public IReadOnlyList<string> Candidates { get; }

    /// <summary>0-based indices of candidates withdrawn before the count.</summary>
    public IReadOnlyList<int> Withdrawn { get; }

    /// <summary>Distinct rankings held (each with a weight).</summary>
    public int RankingCount => _weights.Length;

    /// <summary>Ballots with at least one preference (the sum of all weights).</summary>
    public long TotalWeight { get; }

    /// <summary>Ballots that ranked nobody; they are invalid in every method.</summary>
    public long EmptyBallots { get; }

    /// <summary>Whether any ballot ranks two candidates equal.</summary>
    public bool HasEqualRankings { get; }

    /// <summary>The packed preferences (see <see cref="Preference"/>) of ranking <paramref name="index"/>.</summary>
    public ReadOnlySpan<ushort> Ranking(int index) =>
        _preferences.AsSpan(_offsets[index], _offsets[index + 1] - _offsets[index]);

    /// <summary>How many ballots carry ranking <paramref name="index"/>.</summary>
    public long Weight(int index) => _weights[index];

    /// <summary>Where each ranking starts in <see cref="Preferences"/>; one more entry than rankings.</summary>
    internal ReadOnlySpan<int> Offsets => _offsets;

    /// <summary>Every ranking's packed preferences, end to end.</summary>
    internal ReadOnlySpan<ushort> Preferences => _preferences;

    /// <summary>Each ranking's weight.</summary>
    internal ReadOnlySpan<long> Weights => _weights;

    /// <summary>Bytes held by the ballot arrays, for benchmarks and progress reports.</summary>
    public long ApproximateBytes => (_offsets.LongLength * sizeof(int)) + (_preferences.LongLength * sizeof(ushort)) + (_weights.LongLength * sizeof(long));

    /// <summary>The 0-based index of the candidate named <paramref name="name"/>, compared loosely (case, quotes, runs of spaces), or -1.</summary>
    public int IndexOfCandidate(string name) => CandidateNames.IndexOf(Candidates, name);
}
