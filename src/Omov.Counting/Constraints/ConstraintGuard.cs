namespace Omov.Counting.Constraints;

/// <summary>
/// Enforces group limits inside a count (labour-rules §2.4.5 option A): a candidate is not
/// elected if that would leave too few seats for a group's minimum or pass a group's maximum,
/// and is not excluded if the group's minimum needs every continuing member.
/// Candidates kept elected in a casual-vacancy recount are one more minimum: all of them.
/// </summary>
/// <remarks>
/// A maximum alone is not enough: the guard would stop the group passing its maximum but could
/// let the count exclude the outsiders needed for the seats the maximum closes to the group, and
/// seats would go unfilled. So each "at most k of G" also adds "at least seats − k from outside G".
/// Both tests only ever turn from "may" to "may not" as the count goes on (a group's need and
/// the seats left fall together when a member is elected), so a method can ask at any stage and
/// exclude at once every continuing candidate who <see cref="MayElect"/> rejects.
/// </remarks>
public sealed class ConstraintGuard
{
    private readonly List<Limit> _limits = [];

    /// <summary>A guard for the options' limits and kept-elected candidates in a count for <paramref name="seats"/> seats.</summary>
    public ConstraintGuard(CountOptions options, int candidateCount, int seats)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var limit in options.Limits)
        {
            var members = new bool[candidateCount];
            foreach (var c in options.Groups[limit.Group])
            {
                members[c] = true;
            }

            _limits.Add(new Limit(limit.Group, members, limit.Kind, limit.Count));
            if (limit.Kind == GroupLimitKind.Maximum && seats - limit.Count > 0)
            {
                var outsiders = Array.ConvertAll(members, member => !member);
                _limits.Add(new Limit("outside " + limit.Group, outsiders, GroupLimitKind.Minimum, seats - limit.Count));
            }
        }

        if (options.KeepElected.Count > 0)
        {
            var kept = new bool[candidateCount];
            foreach (var c in options.KeepElected)
            {
                kept[c] = true;
            }

            _limits.Add(new Limit("kept elected", kept, GroupLimitKind.Minimum, options.KeepElected.Count));
        }
    }

    /// <summary>Whether there is anything to enforce.</summary>
    public bool IsActive => _limits.Count > 0;

    /// <summary>Whether <paramref name="candidate"/> may be elected now, with <paramref name="seatsLeft"/> seats unfilled.</summary>
    public bool MayElect(int candidate, IReadOnlyList<CandidateStatus> statuses, int seatsLeft) =>
        WhyNotElect(candidate, statuses, seatsLeft) is null;

    /// <summary>The reason <paramref name="candidate"/> may not be elected now, or null if they may.</summary>
    public string? WhyNotElect(int candidate, IReadOnlyList<CandidateStatus> statuses, int seatsLeft)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        foreach (var limit in _limits)
        {
            var (elected, _) = limit.Tally(statuses);
            if (limit.Kind == GroupLimitKind.Maximum && limit.Members[candidate] && elected >= limit.Count)
            {
                return $"at most {limit.Count} of group '{limit.Name}' may be elected";
            }

            if (limit.Kind == GroupLimitKind.Minimum && !limit.Members[candidate])
            {
                var needed = limit.Count - elected;
                if (needed > 0 && needed >= seatsLeft)
                {
                    return $"the {seatsLeft} seat(s) left are needed for group '{limit.Name}' (at least {limit.Count})";
                }
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="candidate"/> may be excluded without making a minimum impossible.</summary>
    public bool MayExclude(int candidate, IReadOnlyList<CandidateStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        foreach (var limit in _limits)
        {
            if (limit.Kind != GroupLimitKind.Minimum || !limit.Members[candidate])
            {
                continue;
            }

            var (elected, hopeful) = limit.Tally(statuses);
            if (hopeful <= limit.Count - elected)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Continuing candidates who can no longer be elected under the limits, with the reason.</summary>
    public IReadOnlyList<(int Candidate, string Reason)> MustExclude(IReadOnlyList<CandidateStatus> statuses, int seatsLeft)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        var result = new List<(int, string)>();
        if (!IsActive)
        {
            return result;
        }

        for (var c = 0; c < statuses.Count; c++)
        {
            if (statuses[c] == CandidateStatus.Hopeful && WhyNotElect(c, statuses, seatsLeft) is { } reason)
            {
                result.Add((c, reason));
            }
        }

        return result;
    }

    private sealed record Limit(string Name, bool[] Members, GroupLimitKind Kind, int Count)
    {
        public (int Elected, int Hopeful) Tally(IReadOnlyList<CandidateStatus> statuses)
        {
            int elected = 0, hopeful = 0;
            for (var c = 0; c < statuses.Count; c++)
            {
                if (!Members[c])
                {
                    continue;
                }

                if (statuses[c] == CandidateStatus.Elected)
                {
                    elected++;
                }
                else if (statuses[c] == CandidateStatus.Hopeful)
                {
                    hopeful++;
                }
            }

            return (elected, hopeful);
        }
    }
}
