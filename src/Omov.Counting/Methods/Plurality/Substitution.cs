using System.Globalization;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods.Plurality;

/// <summary>
/// Meets group limits after an FPTP or block count by substitution (labour-rules §2.4.5 option C,
/// as in the 2012 NPF "women's quota"): while a group's minimum is unmet, the lowest-placed
/// elected candidate outside the group gives way to the highest-placed unelected member; while
/// a maximum is exceeded, the lowest-placed elected member gives way to the highest-placed
/// unelected non-member. Each swap is a stage of its own with a note.
/// </summary>
/// <remarks>
/// Candidates kept elected in a recount count as one more minimum (all of them), as in
/// <see cref="Constraints.ConstraintGuard"/>. A candidate who gave way is excluded and never
/// comes back, so the swaps always end. Ties in placing are settled by the tie-breaker.
/// </remarks>
internal sealed class Substitution
{
    private readonly CountSetup _s;
    private readonly long[] _tally;
    private readonly Votes[] _votes;
    private readonly Votes _nonTransferable;
    private readonly List<(string Name, bool[] Members, GroupLimitKind Kind, int Count)> _limits = [];

    public Substitution(CountSetup setup, long[] tally, Votes[] votes, Votes nonTransferable)
    {
        _s = setup;
        _tally = tally;
        _votes = votes;
        _nonTransferable = nonTransferable;
        foreach (var limit in setup.Options.Limits)
        {
            var members = new bool[setup.CandidateCount];
            foreach (var c in setup.Options.Groups[limit.Group])
            {
                members[c] = true;
            }

            _limits.Add((limit.Group, members, limit.Kind, limit.Count));
        }

        if (setup.Options.KeepElected.Count > 0)
        {
            var kept = new bool[setup.CandidateCount];
            foreach (var c in setup.Options.KeepElected)
            {
                kept[c] = true;
            }

            _limits.Add(("kept elected", kept, GroupLimitKind.Minimum, setup.Options.KeepElected.Distinct().Count()));
        }
    }

    public void Apply()
    {
        foreach (var limit in _limits.Where(l => l.Kind == GroupLimitKind.Minimum))
        {
            while (ElectedIn(limit.Members) < limit.Count)
            {
                var incoming = Highest(c => limit.Members[c]);
                var outgoing = Lowest(c => !limit.Members[c] && !Protected(c));
                if (incoming is null || outgoing is null)
                {
                    _s.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"At least {limit.Count} of group '{limit.Name}' could not be met by substitution."));
                    break;
                }

                Swap(outgoing.Value, incoming.Value, string.Create(CultureInfo.InvariantCulture, $"at least {limit.Count} of group '{limit.Name}' must be elected"));
            }
        }

        foreach (var limit in _limits.Where(l => l.Kind == GroupLimitKind.Maximum))
        {
            while (ElectedIn(limit.Members) > limit.Count)
            {
                var outgoing = Lowest(c => limit.Members[c] && !Protected(c));
                var incoming = Highest(c => !limit.Members[c] && !AtMaximum(c));
                if (incoming is null || outgoing is null)
                {
                    _s.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"At most {limit.Count} of group '{limit.Name}' could not be met by substitution."));
                    break;
                }

                Swap(outgoing.Value, incoming.Value, string.Create(CultureInfo.InvariantCulture, $"at most {limit.Count} of group '{limit.Name}' may be elected"));
            }
        }
    }

    private void Swap(int outgoing, int incoming, string reason)
    {
        _s.Elected.Remove(outgoing);
        _s.Exclude(outgoing);
        _s.Elect(incoming);
        var note = $"{_s.Name(incoming)} replaces {_s.Name(outgoing)}: {reason} (labour-rules §2.4.5 C).";
        _s.AddStage(StageAction.Substitution, _votes, _nonTransferable, null, [outgoing, incoming], [incoming], [outgoing], [note]);
    }

    private int ElectedIn(bool[] members) => _s.Elected.Count(c => members[c]);

    /// <summary>Whether removing an elected candidate would break a minimum that is met only just.</summary>
    private bool Protected(int candidate) =>
        _limits.Any(l => l.Kind == GroupLimitKind.Minimum && l.Members[candidate] && ElectedIn(l.Members) <= l.Count);

    /// <summary>Whether electing a candidate would pass a maximum.</summary>
    private bool AtMaximum(int candidate) =>
        _limits.Any(l => l.Kind == GroupLimitKind.Maximum && l.Members[candidate] && ElectedIn(l.Members) >= l.Count);

    private int? Highest(Func<int, bool> eligible)
    {
        var pool = _s.Hopefuls().Where(eligible).ToList();
        if (pool.Count == 0)
        {
            return null;
        }

        var best = pool.Max(c => _tally[c]);
        var top = pool.Where(c => _tally[c] == best).ToList();
        return top.Count == 1 ? top[0] : _s.TieBreaker.PickHighest(top, _s.History, _s.NextStageNumber, TiePurpose.Elect);
    }

    private int? Lowest(Func<int, bool> eligible)
    {
        var pool = _s.Elected.Where(eligible).ToList();
        if (pool.Count == 0)
        {
            return null;
        }

        var worst = pool.Min(c => _tally[c]);
        var bottom = pool.Where(c => _tally[c] == worst).ToList();
        return bottom.Count == 1 ? bottom[0] : _s.TieBreaker.PickLowest(bottom, _s.History, _s.NextStageNumber);
    }
}
