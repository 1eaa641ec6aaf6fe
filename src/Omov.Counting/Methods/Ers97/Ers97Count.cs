using System.Globalization;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Constraints;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods.Ers97;

/// <summary>
/// One ERS97 count: the state of every paper and candidate, and the stages recorded so far.
/// Section numbers in comments are those of the ERS manual, 3rd edition (1997).
/// </summary>
/// <remarks>
/// Values are <see cref="Votes"/> units (10^-9 of a vote) held in <see cref="long"/>s; every
/// value the rules produce is a multiple of 0.01 (<see cref="Hundredth"/>), so sums stay exact.
/// A paper's state is its ranking's position (<see cref="_position"/>) and the parcel holding it.
/// </remarks>
internal sealed partial class Ers97Count
{
    private const int Decimals = 2;
    private const long Hundredth = Votes.UnitsPerVote / 100;

    private readonly BallotBox _box;
    private readonly CountOptions _options;
    private readonly int _candidates;
    private readonly int _seats;
    private readonly int[] _position;
    private readonly CandidateStatus[] _status;
    private readonly bool[] _continuing;
    private readonly long[] _votes;
    private readonly List<Ers97Parcel>[] _parcels;
    private readonly Ers97Parcel?[] _lastParcel;
    private readonly bool[] _electedAtFirstStage;
    private readonly bool[] _surplusPending;
    private readonly TieBreaker _ties;
    private readonly ConstraintGuard _guard;
    private readonly List<Stage> _stages = [];
    private readonly List<IReadOnlyList<Votes>> _history = [];
    private readonly List<int> _elected = [];
    private readonly List<int> _excluded = [];
    private readonly List<int> _withdrawn;
    private readonly List<string> _countNotes = [];
    private readonly List<int> _stageElected = [];
    private readonly List<int> _stageExcluded = [];
    private readonly List<string> _stageNotes = [];
    private long _validBallots;
    private long _validUnits;
    private long _nonTransferable;
    private long _quota;
    private int _seatsLeft;

    public Ers97Count(BallotBox box, CountOptions options)
    {
        _box = box;
        _options = options;
        _candidates = box.Candidates.Count;
        _seats = options.Seats ?? box.Seats;
        _seatsLeft = _seats;
        _position = new int[box.RankingCount];
        _status = new CandidateStatus[_candidates];
        _continuing = new bool[_candidates];
        _votes = new long[_candidates];
        _parcels = new List<Ers97Parcel>[_candidates];
        _lastParcel = new Ers97Parcel?[_candidates];
        _electedAtFirstStage = new bool[_candidates];
        _surplusPending = new bool[_candidates];
        for (var c = 0; c < _candidates; c++)
        {
            _parcels[c] = [];
            _continuing[c] = true;
        }

        _withdrawn = box.Withdrawn.Concat(options.Withdraw).Distinct().Order().ToList();
        foreach (var c in _withdrawn)
        {
            _status[c] = CandidateStatus.Withdrawn;
            _continuing[c] = false;
        }

        _ties = new TieBreaker(options.TieBreak, TieBreaker.SeedFrom(box));
        _guard = new ConstraintGuard(options, _candidates, _seats);
    }

    public CountResult Run()
    {
        FirstStage();
        while (true)
        {
            // 5.5.2: once every place is filled, no more papers move; the rest are formally excluded.
            if (_seatsLeft == 0)
            {
                ExcludeRemainingFormally();
                break;
            }

            // Group limits (labour-rules §2.4.5 option A): a continuing candidate who can no longer
            // be elected without breaking a limit is excluded at once and their papers transferred.
            var barred = _guard.MustExclude(_status, _seatsLeft);
            if (barred.Count > 0)
            {
                foreach (var (candidate, reason) in barred)
                {
                    _stageNotes.Add(Invariant($"{Name(candidate)} excluded: {reason}."));
                }

                Exclude(barred.Select(b => b.Candidate).ToList(), byLimits: true);
                continue;
            }

            var hopefuls = HopefulCount();

            // 4.3, 5.5.1: as many continuing candidates as places left — they are all elected.
            if (hopefuls <= _seatsLeft)
            {
                ElectAllRemaining("as many continuing candidates as places left (ERS97 5.5.1)");
                break;
            }

            // 5.2.2: the surpluses are deferred when, all together, they could not change which
            // candidate or group of candidates is excluded next (5.2.5).
            var surpluses = TotalPendingSurplus();
            var group = BulkExclusionGroup(surpluses);
            if (surpluses > 0 && group.Count == 0)
            {
                TransferLargestSurplus();
                continue;
            }

            if (surpluses > 0)
            {
                _stageNotes.Add(Invariant($"Surpluses totalling {Format(surpluses)} deferred: they cannot change who is excluded (ERS97 5.2.2)."));
            }

            if (group.Count == 0)
            {
                group = [LowestExcludable()];
            }

            // 5.5.1: an exclusion that leaves only as many continuing candidates as places left
            // elects them all; the excluded papers need not move.
            if (hopefuls - group.Count <= _seatsLeft)
            {
                ExcludeWithoutTransfer(group);
                ElectAllRemaining("the proposed exclusion leaves as many continuing candidates as places (ERS97 5.5.1)");
                break;
            }

            Exclude(group);
        }

        return new CountResult
        {
            Method = "ers97",
            Title = _box.Title,
            Seats = _seats,
            Candidates = _box.Candidates,
            ValidBallots = _validBallots,
            InvalidBallots = _box.EmptyBallots + (_box.TotalWeight - _validBallots),
            Decimals = Decimals,
            Quota = _stages.Count > 0 ? _stages[0].Quota : null,
            Stages = _stages,
            Elected = _elected,
            Excluded = _excluded,
            Withdrawn = _withdrawn,
            TieBreaks = _ties.Record,
            TieBreakSeed = _ties.Seed,
            TieBreakOrder = _ties.LotOrder,
            Limits = _options.Limits,
            Groups = _options.Groups,
            Notes = _countNotes,
        };
    }

    /// <summary>5.1: sort the papers by first preference, find the quota, deem elected.</summary>
    private void FirstStage()
    {
        var all = new int[_box.RankingCount];
        for (var r = 0; r < all.Length; r++)
        {
            all[r] = r;
            _position[r] = -1;
        }

        // A paper whose every preference is for a withdrawn candidate has no first preference
        // for anyone standing: it is invalid (5.1.2, 6.9), not non-transferable.
        var moved = Distribute(all);
        _validBallots = _box.TotalWeight - moved.ExhaustedPapers;
        if (moved.ExhaustedPapers > 0)
        {
            _countNotes.Add(Invariant($"{moved.ExhaustedPapers} ballot(s) ranked only withdrawn candidates and are invalid."));
        }

        _validUnits = checked(_validBallots * Votes.UnitsPerVote);
        for (var c = 0; c < _candidates; c++)
        {
            if (moved.Rankings[c] is { } rankings)
            {
                var parcel = new Ers97Parcel(c, Votes.UnitsPerVote, rankings, moved.Papers[c]);
                _parcels[c].Add(parcel);
                _lastParcel[c] = parcel;
                _votes[c] = parcel.Total;
            }
        }

        // 5.1.6: valid votes ÷ (places + 1) to two decimal places; if not exact, ignore the
        // remainder and add 0.01 — that is, round up to the hundredth.
        _quota = QuotaFor(_validUnits);
        _stageNotes.Add(Invariant($"Quota {Format(_quota)} = {_validBallots} valid votes ÷ {_seats + 1}, to 2 dp rounded up (ERS97 5.1.6)."));
        DeemElected();
        foreach (var c in _stageElected)
        {
            _electedAtFirstStage[c] = true;
        }

        Record(StageAction.FirstPreferences, [], null);
    }

    private long QuotaFor(long units)
    {
        var divisor = checked((long)(_seats + 1) * Hundredth);
        var steps = units / divisor;
        if (units % divisor != 0)
        {
            steps++;
        }

        return checked(steps * Hundredth);
    }

    private int HopefulCount()
    {
        var count = 0;
        foreach (var s in _status)
        {
            if (s == CandidateStatus.Hopeful)
            {
                count++;
            }
        }

        return count;
    }

    private long TotalPendingSurplus()
    {
        long total = 0;
        for (var c = 0; c < _candidates; c++)
        {
            if (_surplusPending[c])
            {
                total += _votes[c] - _quota;
            }
        }

        return total;
    }

    private string Name(int candidate) => _box.Candidates[candidate];

    private static string Format(long units) => Votes.FromUnits(units).ToString(Decimals);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
