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

    private RankingTree(int candidateCount, int[] candidate, long[] count, int[] subtreeEnd, int[] depth, int maxDepth)
    {
        _candidateCount = candidateCount;
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
    public static RankingTree Build(BallotBox box, bool[] withdrawn)
    {
        var offsets = box.Offsets;
        var preferences = box.Preferences;
        var weights = box.Weights;

        // Linked form first (first child / next sibling); node 0 is the root.
        var cand = new List<int> { -1 };
        var count = new List<long> { 0 };
        var firstChild = new List<int> { -1 };
        var nextSibling = new List<int> { -1 };
        for (var r = 0; r < weights.Length; r++)
        {
            var node = 0;
            for (var p = offsets[r]; p < offsets[r + 1]; p++)
            {
                var c = Preference.Candidate(preferences[p]);
                if (withdrawn[c])
                {
                    continue;
                }

                var child = firstChild[node];
                while (child >= 0 && cand[child] != c)
                {
                    child = nextSibling[child];
                }

                if (child < 0)
                {
                    child = cand.Count;
                    cand.Add(c);
                    count.Add(0);
                    firstChild.Add(-1);
                    nextSibling.Add(firstChild[node]);
                    firstChild[node] = child;
                }

                count[child] = checked(count[child] + weights[r]);
                node = child;
            }
        }

        // Pre-order renumbering without the root, so that a subtree is one contiguous range.
        var size = cand.Count - 1;
        var outCandidate = new int[size];
        var outCount = new long[size];
        var outEnd = new int[size];
        var outDepth = new int[size];
        var maxDepth = 0;
        var next = 0;

        // Iterative depth-first numbering: a popped node takes the next index and pushes its
        // children, so each subtree is numbered before the node's next sibling.
        var depthOf = new int[cand.Count];
        var work = new Stack<int>();
        for (var child = firstChild[0]; child >= 0; child = nextSibling[child])
        {
            work.Push(child);
        }

        while (work.Count > 0)
        {
            var node = work.Pop();
            outCandidate[next] = cand[node];
            outCount[next] = count[node];
            outDepth[next] = depthOf[node];
            maxDepth = Math.Max(maxDepth, depthOf[node]);
            next++;
            for (var child = firstChild[node]; child >= 0; child = nextSibling[child])
            {
                depthOf[child] = depthOf[node] + 1;
                work.Push(child);
            }
        }

        // A node's subtree ends where the next node at its depth or shallower begins.
        var open = new Stack<int>();
        for (var i = 0; i < size; i++)
        {
            while (open.Count > 0 && outDepth[open.Peek()] >= outDepth[i])
            {
                outEnd[open.Pop()] = i;
            }

            open.Push(i);
        }

        while (open.Count > 0)
        {
            outEnd[open.Pop()] = size;
        }

        return new RankingTree(withdrawn.Length, outCandidate, outCount, outEnd, outDepth, maxDepth);
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
