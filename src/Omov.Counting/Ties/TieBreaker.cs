using System.Security.Cryptography;
using System.Text;
using Omov.Counting.Arithmetic;

namespace Omov.Counting.Ties;

/// <summary>
/// Settles ties the way ERS97 (5.2.6, 5.3.4) does: look back to the earliest stage at which
/// the tied candidates' totals differed (or, for the Scottish rules 49(2) and 51(2), the most
/// recent one); if they were equal at every stage, decide by lot. Every decision is appended
/// to <see cref="Record"/>.
/// </summary>
/// <remarks>
/// The lot is a hash draw anyone can re-run by hand: each tied candidate gets
/// SHA-256("seed|stage|purpose|candidate number") and the candidate with the smallest digest
/// loses a tie to exclude (or wins a tie to elect or transfer first). A deterministic draw,
/// rather than <see cref="Random"/>, keeps the outcome the same on every .NET version.
/// </remarks>
public sealed class TieBreaker
{
    private readonly TieBreakOptions _options;
    private readonly List<TieBreak> _record = [];
    private readonly bool _latestStageFirst;

    /// <summary>A tie-breaker; <paramref name="defaultSeed"/> is used when the options give neither seed nor order.</summary>
    public TieBreaker(TieBreakOptions? options, string defaultSeed)
        : this(options, defaultSeed, latestStageFirst: false)
    {
    }

    /// <summary>
    /// A tie-breaker that, when <paramref name="latestStageFirst"/> is set, looks back from the
    /// most recent earlier stage towards the first, as the Scottish rules 49(2) and 51(2) say
    /// ("the most recent preceding stage at which they had unequal numbers of votes").
    /// </summary>
    public TieBreaker(TieBreakOptions? options, string defaultSeed, bool latestStageFirst)
    {
        _options = options ?? new TieBreakOptions();
        Seed = _options.Seed ?? defaultSeed;
        _latestStageFirst = latestStageFirst;
    }

    /// <summary>The seed in force (recorded in reports so a recount draws the same lots).</summary>
    public string Seed { get; }

    /// <summary>The drawn order in force, if any.</summary>
    public IReadOnlyList<int>? LotOrder => _options.LotOrder;

    /// <summary>Every tie settled so far.</summary>
    public IReadOnlyList<TieBreak> Record => _record;

    /// <summary>
    /// The candidate among <paramref name="tied"/> that is lowest, for exclusion.
    /// <paramref name="history"/> holds every candidate's totals at each earlier stage, oldest first.
    /// </summary>
    public int PickLowest(IReadOnlyList<int> tied, IReadOnlyList<IReadOnlyList<Votes>> history, int stage) =>
        Pick(tied, history, stage, TiePurpose.Exclude, lowest: true);

    /// <summary>The candidate among <paramref name="tied"/> that is highest, to elect or transfer first.</summary>
    public int PickHighest(IReadOnlyList<int> tied, IReadOnlyList<IReadOnlyList<Votes>> history, int stage, TiePurpose purpose) =>
        Pick(tied, history, stage, purpose, lowest: false);

    /// <summary>
    /// Orders <paramref name="candidates"/> from highest to lowest by <paramref name="totals"/>,
    /// settling equal totals as above (used to order elections and surplus transfers).
    /// </summary>
    public IReadOnlyList<int> OrderHighestFirst(IReadOnlyList<int> candidates, IReadOnlyList<Votes> totals, IReadOnlyList<IReadOnlyList<Votes>> history, int stage, TiePurpose purpose)
    {
        var left = candidates.ToList();
        var ordered = new List<int>(left.Count);
        while (left.Count > 0)
        {
            var best = left.Max(c => totals[c]);
            var top = left.Where(c => totals[c] == best).ToList();
            var chosen = top.Count == 1 ? top[0] : PickHighest(top, history, stage, purpose);
            ordered.Add(chosen);
            left.Remove(chosen);
        }

        return ordered;
    }

    private int Pick(IReadOnlyList<int> tied, IReadOnlyList<IReadOnlyList<Votes>> history, int stage, TiePurpose purpose, bool lowest)
    {
        ArgumentNullException.ThrowIfNull(tied);
        ArgumentNullException.ThrowIfNull(history);
        if (tied.Count == 0)
        {
            throw new ArgumentException("No candidates to choose from.", nameof(tied));
        }

        if (tied.Count == 1)
        {
            return tied[0];
        }

        var remaining = tied.ToList();
        int? settledAt = null;
        for (var i = 0; i < history.Count && remaining.Count > 1; i++)
        {
            var s = _latestStageFirst ? history.Count - 1 - i : i;
            var totals = history[s];
            var extreme = lowest ? remaining.Min(c => totals[c]) : remaining.Max(c => totals[c]);
            var survivors = remaining.Where(c => totals[c] == extreme).ToList();
            if (survivors.Count < remaining.Count)
            {
                remaining = survivors;
                settledAt ??= s + 1;
            }
        }

        int chosen;
        TieResolution resolution;
        if (remaining.Count == 1)
        {
            chosen = remaining[0];
            resolution = TieResolution.LookBack;
        }
        else
        {
            chosen = DrawLot(remaining, stage, purpose, lowest);
            resolution = TieResolution.Lot;
            settledAt = null;
        }

        _record.Add(new TieBreak(stage, purpose, tied.Order().ToArray(), chosen, resolution, settledAt));
        return chosen;
    }

    private int DrawLot(IReadOnlyList<int> tied, int stage, TiePurpose purpose, bool lowest)
    {
        if (_options.LotOrder is { Count: > 0 } order)
        {
            int Rank(int c)
            {
                for (var i = 0; i < order.Count; i++)
                {
                    if (order[i] == c)
                    {
                        return i;
                    }
                }

                return int.MaxValue;
            }

            // Most favoured first: a tie to exclude loses the least favoured.
            return lowest ? tied.OrderBy(Rank).ThenBy(c => c).Last() : tied.OrderBy(Rank).ThenBy(c => c).First();
        }

        return tied.OrderBy(c => LotDigest(stage, purpose, c), StringComparer.Ordinal).First();
    }

    private string LotDigest(int stage, TiePurpose purpose, int candidate)
    {
        var text = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Seed}|{stage}|{purpose}|{candidate + 1}");
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A default seed derived from the ballots, so it is fixed by them and unknowable before them.</summary>
    public static string SeedFrom(Ballots.BallotBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(box.Preferences));
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(box.Weights));
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(box.Offsets));
        return Convert.ToHexString(hash.GetHashAndReset())[..16].ToLowerInvariant();
    }
}
