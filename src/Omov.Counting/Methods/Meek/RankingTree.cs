using Omov.Counting.Ballots;

namespace Omov.Counting.Methods.Meek;

/// <summary>
/// The ballots' rankings merged into a prefix tree, laid out in pre-order in flat arrays, so
/// that a Meek pass walks shared prefixes once instead of every ballot.
/// </summary>
/// <remarks>
/// Every ballot through a node has the same preferences up to it, so under Meek's rules it
/// arrives there with the same remaining value; crediting (value × keep value, rounded) once and
/// multiplying by the node's ballot count gives exactly what ballot-by-ballot arithmetic gives.
/// A node whose candidate keeps the whole value (a hopeful, keep value 1) passes nothing on, so
/// its subtree is skipped: a pass only visits prefixes made of elected and excluded candidates.
/// Withdrawn candidates are left out of the tree altogether.
/// A node stands for one preference level: a single candidate, or a set of candidates ranked
/// equal (BLT <c>=</c>), numbered after the candidates. The value reaching a set is split
/// equally among its members still in the count (an excluded member is passed over, as on any
/// ballot), to the unit, the first members in ballot-paper order taking the odd units; each
/// member then keeps and passes on its share as a single candidate would, and what the members
/// pass on goes to the next level together.
/// </remarks>
internal sealed class RankingTree
{
    /// <summary>One whole vote in units.</summary>
    private const long One = 1_000_000_000;

    /// <summary>Below this many nodes a pass runs on one thread: splitting costs more than it saves.</summary>
    private const int ParallelThreshold = 200_000;

    private readonly int[] _candidate;
    private readonly long[] _count;
    private readonly int[] _subtreeEnd;
    private readonly int[] _depth;
    private readonly int _maxDepth;
    private readonly (int Start, int End)[] _chunks;
    private readonly int _candidateCount;
    private readonly int[][] _levels;

    private RankingTree(int candidateCount, int[][] levels, int[] candidate, long[] count, int[] subtreeEnd, int[] depth, int maxDepth)
    {
        _candidateCount = candidateCount;
        _levels = levels;
        _candidate = candidate;
        _count = count;
        _subtreeEnd = subtreeEnd;
        _depth = depth;
        _maxDepth = maxDepth;
        _chunks = Split(Environment.ProcessorCount * 4);
    }

    /// <summary>Nodes in the tree.</summary>
    public int NodeCount => _candidate.Length;

    /// <summary>Builds the tree from the box's aggregated rankings, skipping withdrawn candidates.</summary>
    /// <remarks>
    /// The rankings are sorted; in sorted order each one shares its longest common prefix with
    /// the one before, so the nodes it adds come out directly in pre-order and no node ever has
    /// to search its children.
    /// </remarks>
    public static RankingTree Build(BallotBox box, bool[] withdrawn)
    {
        var offsets = box.Offsets;
        var preferences = box.Preferences;
        var weights = box.Weights;

        // The rankings without withdrawn candidates, end to end, one token per preference level:
        // a candidate's index, or candidates + the number of a set of equals.
        var starts = new int[weights.Length + 1];
        var flat = new int[preferences.Length];
        var kept = new long[weights.Length];
        var levels = new List<int[]>();
        var levelIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var members = new List<int>();
        var rankings = 0;
        var length = 0;
        for (var r = 0; r < weights.Length; r++)
        {
            var begin = length;
            for (var p = offsets[r]; p < offsets[r + 1]; p++)
            {
                var c = Preference.Candidate(preferences[p]);
                if (!withdrawn[c])
                {
                    members.Add(c);
                }

                var levelEnds = p + 1 == offsets[r + 1] || !Preference.IsEqualToPrevious(preferences[p + 1]);
                if (levelEnds && members.Count > 0)
                {
                    flat[length++] = members.Count == 1 ? members[0] : LevelToken(members);
                    members.Clear();
                }
            }

            if (length > begin)
            {
                starts[rankings] = begin;
                kept[rankings] = weights[r];
                rankings++;
                starts[rankings] = length;
            }
        }

        int LevelToken(List<int> equals)
        {
            equals.Sort();
            var key = string.Join(',', equals);
            if (!levelIds.TryGetValue(key, out var id))
            {
                id = levels.Count;
                levels.Add(equals.ToArray());
                levelIds.Add(key, id);
            }

            return withdrawn.Length + id;
        }

        var order = new int[rankings];
        for (var i = 0; i < rankings; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, new RankingComparer(flat, starts));

        var candidate = new int[length];
        var count = new long[length];
        var depth = new int[length];
        var path = new int[Math.Max(1, MaxLength(starts, rankings))];
        var nodes = 0;
        var maxDepth = 0;
        var previous = ReadOnlySpan<int>.Empty;
        foreach (var r in order)
        {
            var ranking = flat.AsSpan(starts[r], starts[r + 1] - starts[r]);
            var common = ((ReadOnlySpan<int>)ranking).CommonPrefixLength(previous);
            for (var d = common; d < ranking.Length; d++)
            {
                candidate[nodes] = ranking[d];
                depth[nodes] = d;
                path[d] = nodes++;
            }

            for (var d = 0; d < ranking.Length; d++)
            {
                count[path[d]] = checked(count[path[d]] + kept[r]);
            }

            maxDepth = Math.Max(maxDepth, ranking.Length - 1);
            previous = ranking;
        }

        Array.Resize(ref candidate, nodes);
        Array.Resize(ref count, nodes);
        Array.Resize(ref depth, nodes);

        // A node's subtree ends where the next node at its depth or shallower begins.
        var subtreeEnd = new int[nodes];
        var open = new Stack<int>();
        for (var i = 0; i < nodes; i++)
        {
            while (open.Count > 0 && depth[open.Peek()] >= depth[i])
            {
                subtreeEnd[open.Pop()] = i;
            }

            open.Push(i);
        }

        while (open.Count > 0)
        {
            subtreeEnd[open.Pop()] = nodes;
        }

        return new RankingTree(withdrawn.Length, levels.ToArray(), candidate, count, subtreeEnd, depth, maxDepth);
    }

    private static int MaxLength(int[] starts, int rankings)
    {
        var max = 0;
        for (var r = 0; r < rankings; r++)
        {
            max = Math.Max(max, starts[r + 1] - starts[r]);
        }

        return max;
    }

    /// <summary>Orders rankings lexicographically by their candidate sequences.</summary>
    private sealed class RankingComparer(int[] flat, int[] starts) : IComparer<int>
    {
        public int Compare(int x, int y) =>
            flat.AsSpan(starts[x], starts[x + 1] - starts[x]).SequenceCompareTo(flat.AsSpan(starts[y], starts[y + 1] - starts[y]));
    }

    /// <summary>
    /// One Meek pass (NZ Schedule 1A cl. 10): every ballot's value goes down its ranking, each
    /// candidate keeping value × keep value and passing on value × (1 − keep value), both
    /// products rounded up to 9 decimal places. Returns each candidate's votes in units of 10^-9.
    /// </summary>
    public long[] Distribute(long[] keep)
    {
        if (NodeCount < ParallelThreshold || _chunks.Length <= 1)
        {
            var votes = new long[_candidateCount];
            Walk(0, NodeCount, keep, votes, new long[_maxDepth + 2]);
            return votes;
        }

        var partials = new long[_chunks.Length][];
        Parallel.For(0, _chunks.Length, i =>
        {
            var local = new long[_candidateCount];
            Walk(_chunks[i].Start, _chunks[i].End, keep, local, new long[_maxDepth + 2]);
            partials[i] = local;
        });

        // Integer sums: the merge order cannot change the result.
        var total = new long[_candidateCount];
        foreach (var partial in partials)
        {
            for (var c = 0; c < total.Length; c++)
            {
                total[c] = checked(total[c] + partial[c]);
            }
        }

        return total;
    }

    private void Walk(int start, int end, long[] keep, long[] votes, long[] remaining)
    {
        var candidate = _candidate;
        var count = _count;
        var subtreeEnd = _subtreeEnd;
        var depth = _depth;
        remaining[0] = One;

        // Values are bounded (a value and a keep value are at most 10^9 units, a count at most the
        // ballots), so products fit in a long; unchecked keeps the hot loop free of overflow checks.
        unchecked
        {
            var i = start;
            while (i < end)
            {
                var d = depth[i];
                var value = remaining[d];
                var c = candidate[i];
                if (c >= keep.Length)
                {
                    var passedOn = SplitAmongEquals(_levels[c - keep.Length], value, keep, votes, count[i]);
                    if (passedOn == 0)
                    {
                        i = subtreeEnd[i];
                        continue;
                    }

                    remaining[d + 1] = passedOn;
                    i++;
                    continue;
                }

                var k = keep[c];
                if (k == One)
                {
                    votes[c] += value * count[i];
                    i = subtreeEnd[i];
                    continue;
                }

                if (k == 0)
                {
                    // Value × (1 − 0) is the value itself; nothing is kept.
                    remaining[d + 1] = value;
                    i++;
                    continue;
                }

                var kept = ((value * k) + (One - 1)) / One;
                votes[c] += kept * count[i];
                var passed = ((value * (One - k)) + (One - 1)) / One;
                if (passed == 0)
                {
                    i = subtreeEnd[i];
                    continue;
                }

                remaining[d + 1] = passed;
                i++;
            }
        }
    }

    /// <summary>Shares a value among equally ranked candidates still in the count; returns what they pass on.</summary>
    private static long SplitAmongEquals(int[] equals, long value, long[] keep, long[] votes, long papers)
    {
        var active = 0;
        foreach (var m in equals)
        {
            if (keep[m] > 0)
            {
                active++;
            }
        }

        if (active == 0)
        {
            return value;
        }

        unchecked
        {
            var share = value / active;
            var odd = value % active;
            long passed = 0;
            foreach (var m in equals)
            {
                var k = keep[m];
                if (k == 0)
                {
                    continue;
                }

                var part = share + (odd-- > 0 ? 1 : 0);
                votes[m] += (((part * k) + (One - 1)) / One) * papers;
                passed += ((part * (One - k)) + (One - 1)) / One;
            }

            return passed;
        }
    }

    private (int Start, int End)[] Split(int parts)
    {
        // Cut between top-level subtrees into about equal ranges of nodes.
        var result = new List<(int, int)>();
        if (NodeCount == 0)
        {
            return [];
        }

        var target = Math.Max(1, NodeCount / Math.Max(1, parts));
        var start = 0;
        var i = 0;
        while (i < NodeCount)
        {
            i = _subtreeEnd[i];
            if (i - start >= target || i >= NodeCount)
            {
                result.Add((start, i));
                start = i;
            }
        }

        return result.ToArray();
    }
}
