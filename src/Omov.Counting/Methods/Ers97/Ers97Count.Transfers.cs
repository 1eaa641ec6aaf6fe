using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods.Ers97;

internal sealed partial class Ers97Count
{
    /// <summary>Rankings above this many are searched for their next preference in parallel.</summary>
    private const int ParallelThreshold = 1 << 15;

    /// <summary>Where the papers of one transfer went: rankings and papers per candidate, and papers with no next preference.</summary>
    private readonly record struct Distribution(int[]?[] Rankings, long[] Papers, long ExhaustedPapers);

    /// <summary>
    /// Sorts papers by their next available preference for a continuing candidate (6.10): the
    /// first candidate after the paper's current position who is still continuing. A ranking
    /// never names a candidate twice and a candidate never becomes continuing again, so the
    /// search can resume where it last stopped.
    /// </summary>
    private Distribution Distribute(int[] rankings)
    {
        var destination = new int[rankings.Length];
        if (rankings.Length >= ParallelThreshold)
        {
            // Each ranking is in one parcel only, so the chunks touch disjoint positions; the
            // tally below runs in a fixed order, so the result never depends on scheduling.
            var chunks = (rankings.Length + ParallelThreshold - 1) / ParallelThreshold;
            Parallel.For(0, chunks, k =>
                FindNext(rankings, destination, k * ParallelThreshold, Math.Min(rankings.Length, (k + 1) * ParallelThreshold)));
        }
        else
        {
            FindNext(rankings, destination, 0, rankings.Length);
        }

        var weights = _box.Weights;
        var counts = new int[_candidates];
        var papers = new long[_candidates];
        long exhausted = 0;
        for (var i = 0; i < rankings.Length; i++)
        {
            var d = destination[i];
            var w = weights[rankings[i]];
            if (d < 0)
            {
                exhausted += w;
            }
            else
            {
                counts[d]++;
                papers[d] += w;
            }
        }

        var lists = new int[]?[_candidates];
        for (var c = 0; c < _candidates; c++)
        {
            if (counts[c] > 0)
            {
                lists[c] = new int[counts[c]];
                counts[c] = 0;
            }
        }

        for (var i = 0; i < rankings.Length; i++)
        {
            var d = destination[i];
            if (d >= 0)
            {
                lists[d]![counts[d]++] = rankings[i];
            }
        }

        return new Distribution(lists, papers, exhausted);
    }

    private void FindNext(int[] rankings, int[] destination, int from, int to)
    {
        var offsets = _box.Offsets;
        var preferences = _box.Preferences;
        var continuing = _continuing;
        for (var i = from; i < to; i++)
        {
            var r = rankings[i];
            var start = offsets[r];
            var end = offsets[r + 1];
            var p = start + _position[r] + 1;
            var found = -1;
            for (; p < end; p++)
            {
                var c = preferences[p] & Preference.MaxCandidates;
                if (continuing[c])
                {
                    found = c;
                    break;
                }
            }

            _position[r] = p - start;
            destination[i] = found;
        }
    }

    /// <summary>Credits each candidate with a new parcel of the papers a transfer gave them, at <paramref name="value"/> each.</summary>
    private long Credit(Distribution moved, long value)
    {
        long credited = 0;
        if (value == 0)
        {
            // A transfer value of 0.00 moves no value; the papers stay where they were.
            return 0;
        }

        for (var c = 0; c < _candidates; c++)
        {
            if (moved.Rankings[c] is { } rankings)
            {
                var parcel = new Ers97Parcel(c, value, rankings, moved.Papers[c]);
                _parcels[c].Add(parcel);
                _lastParcel[c] = parcel;
                _votes[c] += parcel.Total;
                credited += parcel.Total;
            }
        }

        return credited;
    }

    /// <summary>5.2.3, 5.3: transfers the largest surplus not deferred.</summary>
    private void TransferLargestSurplus()
    {
        long largest = -1;
        var tied = new List<int>();
        for (var c = 0; c < _candidates; c++)
        {
            if (!_surplusPending[c])
            {
                continue;
            }

            var surplus = _votes[c] - _quota;
            if (surplus > largest)
            {
                largest = surplus;
                tied.Clear();
            }

            if (surplus == largest)
            {
                tied.Add(c);
            }
        }

        // 5.2.3: equal surpluses — the candidate with the greater vote at the earliest point
        // where they differed goes first, else by lot.
        var candidate = tied.Count == 1 ? tied[0] : _ties.PickHighest(tied, _history, StageNumber, TiePurpose.TransferFirst);
        _surplusPending[candidate] = false;

        // 5.3.1: a surplus arising at the first stage examines all the candidate's papers;
        // 5.3.2: a later one only the last batch received, which gave rise to it.
        var firstStage = _electedAtFirstStage[candidate];
        var examined = firstStage ? _parcels[candidate] : [_lastParcel[candidate]!];
        var presentValue = examined[0].Value;
        var rankings = Concatenate(examined);
        var moved = Distribute(rankings);
        long transferable = 0;
        foreach (var p in moved.Papers)
        {
            transferable += p;
        }

        // 5.3.7: if the transferable papers are worth more than the surplus, each goes at
        // surplus ÷ transferable papers, to 2 dp ignoring the remainder; otherwise at its present value.
        var value = checked(transferable * presentValue) > largest
            ? largest / checked(transferable * Hundredth) * Hundredth
            : presentValue;
        var credited = Credit(moved, value);

        // 5.3.9, 6.11: what the truncated transfer value leaves behind (and the value of the
        // non-transferable papers, when the papers do not cover the surplus) is non-transferable.
        _nonTransferable += largest - credited;
        _votes[candidate] = _quota;
        var papersExamined = examined.Sum(p => p.Papers);
        _stageNotes.Add(Invariant(
            $"Surplus of {Name(candidate)}, {Format(largest)}: {papersExamined} paper(s) examined ({(firstStage ? "all papers, surplus arising at the first stage (ERS97 5.3.1)" : "the last batch received (ERS97 5.3.2)")}), {transferable} transferable at {Format(value)} each (ERS97 5.3.7); {Format(largest - credited)} non-transferable."));
        DeemElected();
        Record(StageAction.Surplus, [candidate], transferable > 0 ? value : null);
    }

    /// <summary>5.4: excludes <paramref name="group"/> and transfers their papers batch by batch, highest value first.</summary>
    private void Exclude(List<int> group, bool byLimits = false)
    {
        foreach (var c in group)
        {
            MarkExcluded(c);
        }

        if (!byLimits)
        {
            _stageNotes.Add(group.Count > 1
                ? Invariant($"{string.Join(", ", group.Select(Name))} excluded together (ERS97 5.2.5).")
                : Invariant($"{Name(group[0])} excluded (ERS97 5.2.5)."));
        }

        // 5.4.1: all the papers of the excluded candidates, in batches of one value, highest first.
        var batches = group.SelectMany(c => _parcels[c])
            .GroupBy(p => p.Value)
            .OrderByDescending(g => g.Key)
            .Select(g => g.ToList())
            .ToList();
        if (batches.Count == 0 || HopefulCount() <= _seatsLeft)
        {
            if (batches.Count > 0)
            {
                _stageNotes.Add("No papers transferred: the continuing candidates fill the places left.");
            }

            Record(StageAction.Exclusion, group, null);
            return;
        }

        for (var k = 0; k < batches.Count; k++)
        {
            var batch = batches[k];
            var value = batch[0].Value;
            var moved = Distribute(Concatenate(batch));
            foreach (var parcel in batch)
            {
                _votes[parcel.Holder] -= parcel.Total;
                _parcels[parcel.Holder].Remove(parcel);
            }

            // 5.4.2-5.4.7: each paper goes to its next available preference at its present value.
            Credit(moved, value);
            _nonTransferable += checked(moved.ExhaustedPapers * value);
            if (batches.Count > 1)
            {
                _stageNotes.Add(Invariant($"Batch {k + 1} of {batches.Count}: {batch.Sum(p => p.Papers)} paper(s) at {Format(value)} (ERS97 5.4.11)."));
            }

            // 5.4.8: papers gone non-transferable before anyone is elected lower the quota.
            if (_elected.Count == 0 && _nonTransferable > 0)
            {
                var quota = QuotaFor(_validUnits - _nonTransferable);
                if (quota != _quota)
                {
                    _quota = quota;
                    _stageNotes.Add(Invariant($"Quota recalculated to {Format(quota)}, ignoring the non-transferable vote (ERS97 5.4.8)."));
                }
            }

            // 5.4.9, 5.4.10: deem elected after each batch; later batches pass over them.
            DeemElected();
            var decided = _seatsLeft == 0 || HopefulCount() <= _seatsLeft;
            if (decided && k + 1 < batches.Count)
            {
                _stageNotes.Add("The remaining batches are not transferred: the places are decided (ERS97 5.5.2, 4.3).");
            }

            Record(StageAction.Exclusion, group, value);
            if (decided)
            {
                break;
            }
        }
    }

    /// <summary>Excludes without moving papers, for a proposed exclusion that decides the count (5.5.1).</summary>
    private void ExcludeWithoutTransfer(List<int> group)
    {
        foreach (var c in group)
        {
            MarkExcluded(c);
        }

        _stageNotes.Add(Invariant($"{string.Join(", ", group.Select(Name))} excluded (ERS97 5.2.5); their papers need not be transferred."));
    }

    private void MarkExcluded(int candidate)
    {
        _status[candidate] = CandidateStatus.Excluded;
        _continuing[candidate] = false;
        _excluded.Add(candidate);
        _stageExcluded.Add(candidate);
    }

    private static int[] Concatenate(List<Ers97Parcel> parcels)
    {
        if (parcels.Count == 1)
        {
            return parcels[0].Rankings;
        }

        var length = 0;
        foreach (var p in parcels)
        {
            length += p.Rankings.Length;
        }

        var all = new int[length];
        var at = 0;
        foreach (var p in parcels)
        {
            p.Rankings.CopyTo(all, at);
            at += p.Rankings.Length;
        }

        return all;
    }

    
}
