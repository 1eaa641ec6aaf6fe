using Omov.Counting.Arithmetic;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods.Ers97;

internal sealed partial class Ers97Count
{
    private int StageNumber => _stages.Count + 1;

    /// <summary>
    /// 5.1.7, 5.3.13, 5.4.9: taking continuing candidates in descending order of votes, deem
    /// elected each whose vote reaches the quota or, where that is lower, the total active vote
    /// ÷ (places not yet filled + 1), up to the places left; equal votes as 5.6.2 says.
    /// </summary>
    private void DeemElected()
    {
        var refused = new HashSet<int>();
        var tied = new List<int>();
        while (_seatsLeft > 0)
        {
            long best = -1;
            tied.Clear();
            for (var c = 0; c < _candidates; c++)
            {
                if (_status[c] != CandidateStatus.Hopeful || refused.Contains(c))
                {
                    continue;
                }

                if (_votes[c] > best)
                {
                    best = _votes[c];
                    tied.Clear();
                }

                if (_votes[c] == best)
                {
                    tied.Add(c);
                }
            }

            if (tied.Count == 0 || !Reaches(best))
            {
                break;
            }

            int chosen;
            if (tied.Count == 1)
            {
                chosen = tied[0];
            }
            else if (tied.Count <= _seatsLeft)
            {
                // Room for all of them: the order only matters if a group limit may refuse one.
                chosen = _guard.IsActive ? _ties.PickHighest(tied, _history, StageNumber, TiePurpose.Elect) : tied[0];
            }
            else if (LookBackSeparates(tied))
            {
                // 5.6.2: more equal candidates than places — the earliest point where they differed decides.
                chosen = _ties.PickHighest(tied, _history, StageNumber, TiePurpose.Elect);
            }
            else
            {
                _stageNotes.Add(Invariant($"{string.Join(", ", tied.Select(Name))} have equal votes at every stage and there are not places for all: none is deemed elected at this stage (ERS97 5.6.2)."));
                break;
            }

            if (_guard.WhyNotElect(chosen, _status, _seatsLeft) is { } reason)
            {
                refused.Add(chosen);
                _stageNotes.Add(Invariant($"{Name(chosen)} is not elected: {reason}."));
                continue;
            }

            if (_votes[chosen] < _quota)
            {
                _stageNotes.Add(Invariant($"{Name(chosen)} deemed elected with {Format(_votes[chosen])}, below the quota but at least the total active vote {Format(ActiveVote())} ÷ {_seatsLeft + 1} (ERS97 5.1.7(b), 5.3.13(b), 5.4.9(b))."));
            }

            Elect(chosen);
        }
    }

    private bool Reaches(long votes)
    {
        if (votes <= 0)
        {
            return false;
        }

        // The alternative threshold compared exactly: votes ≥ active ÷ (places + 1) without rounding.
        return votes >= _quota || (Int128)votes * (_seatsLeft + 1) >= ActiveVote();
    }

    /// <summary>6.20, 5.6.1: the total valid vote less the non-transferable vote and the quotas (or votes, if less) of those elected.</summary>
    private long ActiveVote()
    {
        var active = _validUnits - _nonTransferable;
        foreach (var c in _elected)
        {
            active -= Math.Min(_votes[c], _quota);
        }

        return active;
    }

    private bool LookBackSeparates(IReadOnlyList<int> tied)
    {
        var remaining = tied.ToList();
        foreach (var totals in _history)
        {
            var best = remaining.Max(c => totals[c]);
            var survivors = remaining.Where(c => totals[c] == best).ToList();
            if (survivors.Count == 1)
            {
                return true;
            }

            remaining = survivors;
        }

        return false;
    }

    private void Elect(int candidate)
    {
        _status[candidate] = CandidateStatus.Elected;
        _continuing[candidate] = false;
        _elected.Add(candidate);
        _stageElected.Add(candidate);
        _seatsLeft--;
        _surplusPending[candidate] = _votes[candidate] > _quota;
    }

    /// <summary>
    /// 5.2.5: the most candidates, lowest first, that can be excluded together: enough stay to
    /// fill the places, and their votes plus <paramref name="surpluses"/> do not exceed the vote
    /// of the candidate next above. Candidates tied on equal votes go together or not at all.
    /// Empty when no such group exists. With <paramref name="surpluses"/> &gt; 0 a group means
    /// the surpluses are deferred (5.2.2).
    /// </summary>
    private List<int> BulkExclusionGroup(long surpluses)
    {
        // Candidates a group minimum needs cannot be excluded; they are left out of the ordering.
        var candidates = new List<int>();
        for (var c = 0; c < _candidates; c++)
        {
            if (_status[c] == CandidateStatus.Hopeful && _guard.MayExclude(c, _status))
            {
                candidates.Add(c);
            }
        }

        candidates.Sort((a, b) => _votes[a] != _votes[b] ? _votes[a].CompareTo(_votes[b]) : a.CompareTo(b));
        var largest = HopefulCount() - _seatsLeft;
        var sizes = new List<int>();
        long total = 0;
        var i = 0;
        while (i < candidates.Count)
        {
            var j = i;
            var v = _votes[candidates[i]];
            while (j < candidates.Count && _votes[candidates[j]] == v)
            {
                total += v;
                j++;
            }

            if (j >= candidates.Count || j > largest)
            {
                break;
            }

            if (total + surpluses <= _votes[candidates[j]])
            {
                sizes.Add(j);
            }

            i = j;
        }

        for (var s = sizes.Count - 1; s >= 0; s--)
        {
            var group = candidates.GetRange(0, sizes[s]);
            if (MayExcludeTogether(group))
            {
                return group;
            }
        }

        return [];
    }

    private bool MayExcludeTogether(List<int> group)
    {
        if (!_guard.IsActive || group.Count == 1)
        {
            return true;
        }

        var statuses = (CandidateStatus[])_status.Clone();
        foreach (var c in group)
        {
            if (!_guard.MayExclude(c, statuses))
            {
                return false;
            }

            statuses[c] = CandidateStatus.Excluded;
        }

        return true;
    }

    /// <summary>5.2.5: the continuing candidate with fewest votes that may be excluded; equal votes by look-back, then lot.</summary>
    private int LowestExcludable()
    {
        var pool = Enumerable.Range(0, _candidates)
            .Where(c => _status[c] == CandidateStatus.Hopeful && _guard.MayExclude(c, _status))
            .ToList();
        if (pool.Count == 0)
        {
            // Only reachable with limits that cannot all be met; exclude the lowest regardless.
            pool = Enumerable.Range(0, _candidates).Where(c => _status[c] == CandidateStatus.Hopeful).ToList();
            _stageNotes.Add("Every continuing candidate is needed by a group limit; the limits cannot all be met.");
        }

        var fewest = pool.Min(c => _votes[c]);
        var tied = pool.Where(c => _votes[c] == fewest).ToList();
        return tied.Count == 1 ? tied[0] : _ties.PickLowest(tied, _history, StageNumber);
    }

    /// <summary>4.3, 5.5.1: every continuing candidate is deemed elected.</summary>
    private void ElectAllRemaining(string reason)
    {
        var remaining = Enumerable.Range(0, _candidates)
            .Where(c => _status[c] == CandidateStatus.Hopeful)
            .OrderByDescending(c => _votes[c])
            .ThenBy(c => c)
            .ToList();
        if (remaining.Count > 0)
        {
            _stageNotes.Add(Invariant($"{string.Join(", ", remaining.Select(Name))} deemed elected: {reason}."));
        }

        foreach (var c in remaining)
        {
            if (_seatsLeft > 0 && _guard.MayElect(c, _status, _seatsLeft))
            {
                Elect(c);
            }
            else
            {
                _stageNotes.Add(Invariant($"{Name(c)} cannot be elected under the group limits and is excluded."));
                MarkExcluded(c);
            }
        }

        if (_seatsLeft > 0)
        {
            _stageNotes.Add(Invariant($"{_seatsLeft} place(s) left unfilled: no continuing candidate can take them."));
        }

        Record(StageAction.Declaration, [], null);
    }

    /// <summary>5.5.2: with every place filled, the continuing candidates are formally excluded.</summary>
    private void ExcludeRemainingFormally()
    {
        var remaining = Enumerable.Range(0, _candidates)
            .Where(c => _status[c] == CandidateStatus.Hopeful)
            .OrderBy(c => _votes[c])
            .ThenBy(c => c)
            .ToList();
        if (remaining.Count == 0)
        {
            return;
        }

        foreach (var c in remaining)
        {
            MarkExcluded(c);
        }

        _stageNotes.Add("Every place is filled; the remaining candidates are formally excluded (ERS97 5.5.2).");
        Record(StageAction.Declaration, [], null);
    }

    /// <summary>Closes a stage: every candidate's total, the non-transferable vote, the quota and what happened.</summary>
    private void Record(StageAction action, IReadOnlyList<int> subjects, long? transferValue)
    {
        var votes = new Votes[_candidates];
        long sum = _nonTransferable;
        for (var c = 0; c < _candidates; c++)
        {
            votes[c] = Votes.FromUnits(_votes[c]);
            sum += _votes[c];
        }

        // 5.3.11, 5.4.15: the totals must still add up to the total valid vote.
        if (sum != _validUnits)
        {
            throw new InvalidOperationException(Invariant($"ERS97 stage {StageNumber}: totals add up to {Format(sum)}, not the valid vote {Format(_validUnits)}."));
        }

        _history.Add(votes);
        _stages.Add(new Stage
        {
            Number = StageNumber,
            Action = action,
            Subjects = subjects.ToArray(),
            Votes = votes,
            NonTransferable = Votes.FromUnits(_nonTransferable),
            Quota = Votes.FromUnits(_quota),
            TransferValue = transferValue is { } tv ? Votes.FromUnits(tv) : null,
            Elected = _stageElected.ToArray(),
            Excluded = _stageExcluded.ToArray(),
            Notes = _stageNotes.ToArray(),
            Statuses = (CandidateStatus[])_status.Clone(),
        });
        _stageElected.Clear();
        _stageExcluded.Clear();
        _stageNotes.Clear();
    }
}
