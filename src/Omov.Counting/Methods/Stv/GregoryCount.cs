using System.Globalization;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Constraints;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods.Stv;

/// <summary>
/// One count by the weighted inclusive Gregory method, the mechanics of the Scottish Local
/// Government Elections Order 2007 (SSI 2007/42), Schedule 1, rules 45–52, at the precision
/// <see cref="GregoryRules"/> gives. Rule numbers in comments refer to that Schedule.
/// </summary>
/// <remarks>
/// <para>
/// Every ranking of the ballot box sits, with all its identical papers, in exactly one
/// candidate's <see cref="GregoryPile"/> at one value, and <see cref="_position"/> says where on
/// the ranking that candidate is. A paper's next available preference is the first continuing
/// candidate after that position: everyone before it is already elected, excluded or withdrawn,
/// so a ranking is scanned once from front to back over the whole count, and each stage touches
/// only the papers of the candidate whose surplus or exclusion it deals with.
/// </para>
/// <para>
/// Group limits go through <see cref="ConstraintGuard"/>: before every decision, hopefuls who
/// can no longer be elected are excluded (their papers transferred, with the reason noted); a
/// candidate is elected only if the guard allows it; and the lowest candidate the guard lets go
/// is the one excluded.
/// </para>
/// </remarks>
internal sealed class GregoryCount
{
    private const int CandidateMask = Preference.MaxCandidates;

    private readonly BallotBox _box;
    private readonly CountOptions _options;
    private readonly GregoryRules _rules;
    private readonly int _n;
    private readonly int _seats;
    private readonly CandidateStatus[] _status;
    private readonly long[] _totals;
    private readonly GregoryPile[] _piles;
    private readonly int[] _position;
    private readonly bool[] _surplusPending;
    private readonly long[] _papersTo;
    private readonly List<int> _touched = [];
    private readonly List<Stage> _stages = [];
    private readonly List<IReadOnlyList<Votes>> _history = [];
    private readonly List<int> _elected = [];
    private readonly List<int> _excluded = [];
    private readonly List<int> _stageElected = [];
    private readonly List<int> _stageExcluded = [];
    private readonly List<string> _stageNotes = [];
    private readonly List<string> _countNotes = [];
    private readonly List<int> _withdrawn;
    private readonly TieBreaker _ties;
    private readonly ConstraintGuard _guard;
    private long _quota;
    private long _nonTransferable;
    private long _valid;
    private long _invalid;
    private int _tiesNoted;

    private GregoryCount(BallotBox box, CountOptions options, GregoryRules rules)
    {
        _box = box;
        _options = options;
        _rules = rules;
        _n = box.Candidates.Count;
        _seats = options.Seats ?? box.Seats;
        _status = new CandidateStatus[_n];
        _totals = new long[_n];
        _piles = new GregoryPile[_n];
        for (var c = 0; c < _n; c++)
        {
            _piles[c] = new GregoryPile();
        }

        _position = new int[box.RankingCount];
        _surplusPending = new bool[_n];
        _papersTo = new long[_n];
        _withdrawn = box.Withdrawn.Concat(options.Withdraw).Distinct().Order().ToList();
        foreach (var c in _withdrawn)
        {
            _status[c] = CandidateStatus.Withdrawn;
        }

        _ties = new TieBreaker(options.TieBreak, TieBreaker.SeedFrom(box), rules.LatestStageFirst);
        _guard = new ConstraintGuard(options, _n, _seats);
    }

    private int SeatsLeft => _seats - _elected.Count;

    /// <summary>Counts <paramref name="box"/> under <paramref name="rules"/>.</summary>
    public static CountResult Run(BallotBox box, CountOptions options, GregoryRules rules)
    {
        ArgumentNullException.ThrowIfNull(box);
        ArgumentNullException.ThrowIfNull(options);
        return new GregoryCount(box, options, rules).Count();
    }

    private CountResult Count()
    {
        FirstStage();
        EndStage(StageAction.FirstPreferences, [], null);
        while (SeatsLeft > 0 && HopefulCount() > 0)
        {
            // Group limits first: a hopeful who can no longer take a seat is excluded before any
            // surplus is transferred, so that no surplus is spent on them.
            var must = _guard.MustExclude(_status, SeatsLeft);
            if (must.Count > 0)
            {
                foreach (var (candidate, reason) in must)
                {
                    _stageNotes.Add($"{Name(candidate)} excluded: {reason}");
                }

                ExclusionStage(must.Select(m => m.Candidate).ToList());
                continue;
            }

            var surplus = NextSurplus();
            if (surplus >= 0)
            {
                SurplusStage(surplus);
                continue;
            }

            ExclusionStage([NextToExclude()]);
        }

        if (SeatsLeft > 0)
        {
            _countNotes.Add(string.Create(CultureInfo.InvariantCulture, $"{SeatsLeft} seat(s) left unfilled: no candidate who may be elected is left"));
        }

        return new CountResult
        {
            Method = _rules.Method,
            Title = _box.Title,
            Seats = _seats,
            Candidates = _box.Candidates,
            ValidBallots = _valid,
            InvalidBallots = _invalid,
            Decimals = _rules.Decimals,
            Quota = Votes.FromUnits(_quota),
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

    /// <summary>Rules 45 and 46: first preferences, valid papers and the quota.</summary>
    private void FirstStage()
    {
        var offsets = _box.Offsets;
        var preferences = _box.Preferences;
        var weights = _box.Weights;
        var first = new int[_box.RankingCount];
        var papers = new long[_n];
        long allWithdrawn = 0;
        for (var r = 0; r < first.Length; r++)
        {
            var p = offsets[r];
            var end = offsets[r + 1];
            while (p < end && _status[preferences[p] & CandidateMask] != CandidateStatus.Hopeful)
            {
                p++;
            }

            if (p == end)
            {
                // Only withdrawn candidates ranked: no valid vote (common rules for every method).
                allWithdrawn += weights[r];
                first[r] = -1;
                continue;
            }

            _position[r] = p;
            var candidate = preferences[p] & CandidateMask;
            first[r] = candidate;
            papers[candidate] += weights[r];
        }

        var rankingsPerCandidate = new int[_n];
        foreach (var candidate in first)
        {
            if (candidate >= 0)
            {
                rankingsPerCandidate[candidate]++;
            }
        }

        for (var c = 0; c < _n; c++)
        {
            _piles[c].EnsureCapacity(rankingsPerCandidate[c]);
        }

        // Rule 48(4)(b)(i): a first-preference paper has the value one.
        for (var r = 0; r < first.Length; r++)
        {
            if (first[r] >= 0)
            {
                _piles[first[r]].Add(r, Votes.UnitsPerVote);
            }
        }

        for (var c = 0; c < _n; c++)
        {
            _totals[c] = checked(papers[c] * Votes.UnitsPerVote);
        }

        _valid = _box.TotalWeight - allWithdrawn;
        _invalid = _box.EmptyBallots + allWithdrawn;

        // Rule 46: valid papers ÷ (seats + 1), decimals ignored, plus one: a whole number of votes.
        _quota = checked(((_valid / (_seats + 1)) + 1) * Votes.UnitsPerVote);
    }

    /// <summary>Rules 48 and 49: transfers the surplus of <paramref name="candidate"/>, all of their papers examined.</summary>
    private void SurplusStage(int candidate)
    {
        var total = Votes.FromUnits(_totals[candidate]);
        var surplus = Votes.FromUnits(_totals[candidate] - _quota);
        var pile = _piles[candidate];
        Votes? single = pile.ParcelCount == 1 ? TransferValue(surplus, pile.ParcelValue(0), total) : null;

        // Rule 48(3): each paper's transfer value = surplus × its value when received ÷ the
        // candidate's total, to the method's places with any remainder ignored.
        var transferred = Transfer(pile, value => TransferValue(surplus, value, total).Units);
        _nonTransferable = checked(_nonTransferable + surplus.Units - transferred);
        _totals[candidate] = _quota;
        _surplusPending[candidate] = false;
        pile.Clear();
        EndStage(StageAction.Surplus, [candidate], single);
    }

    private Votes TransferValue(Votes surplus, long value, Votes total) =>
        Votes.MultiplyDivideTruncate(surplus, Votes.FromUnits(value), total, _rules.Decimals);

    /// <summary>Rule 50: excludes <paramref name="candidates"/> and transfers all their papers at the values they carry, in one stage.</summary>
    private void ExclusionStage(List<int> candidates)
    {
        foreach (var c in candidates)
        {
            _status[c] = CandidateStatus.Excluded;
            _excluded.Add(c);
            _stageExcluded.Add(c);
        }

        foreach (var c in candidates)
        {
            // Rule 50(4): a paper keeps the value it had when it reached the excluded candidate.
            var transferred = Transfer(_piles[c], value => value);
            _nonTransferable = checked(_nonTransferable + _totals[c] - transferred);
            _totals[c] = 0;
            _surplusPending[c] = false;
            _piles[c].Clear();
        }

        EndStage(StageAction.Exclusion, candidates, null);
    }

    /// <summary>
    /// Moves every paper of <paramref name="pile"/> to its next available preference at the value
    /// <paramref name="newValue"/> gives its parcel; papers with none are non-transferable
    /// (rules 48(1)(b), 50(2)(b)). Returns the value credited to continuing candidates.
    /// </summary>
    private long Transfer(GregoryPile pile, Func<long, long> newValue)
    {
        var offsets = _box.Offsets;
        var preferences = _box.Preferences;
        var weights = _box.Weights;
        long transferred = 0;
        for (var k = 0; k < pile.ParcelCount; k++)
        {
            var value = newValue(pile.ParcelValue(k));
            if (value == 0)
            {
                // The whole value was lost to truncation; the papers can never again carry a vote.
                continue;
            }

            foreach (var r in pile.Parcel(k))
            {
                var p = _position[r] + 1;
                var end = offsets[r + 1];
                while (p < end && _status[preferences[p] & CandidateMask] != CandidateStatus.Hopeful)
                {
                    p++;
                }

                if (p == end)
                {
                    continue;
                }

                _position[r] = p;
                var to = preferences[p] & CandidateMask;
                if (_papersTo[to] == 0)
                {
                    _touched.Add(to);
                }

                _papersTo[to] += weights[r];
                _piles[to].Add(r, value);
            }

            // Every paper of a sub-parcel carries the same value, so its worth is papers × value,
            // exact at the method's places.
            foreach (var to in _touched)
            {
                var credit = checked(_papersTo[to] * value);
                _totals[to] = checked(_totals[to] + credit);
                transferred = checked(transferred + credit);
                _papersTo[to] = 0;
            }

            _touched.Clear();
        }

        return transferred;
    }

    /// <summary>Rule 47 and rule 52(1) at the end of a stage, then the stage's record.</summary>
    private void EndStage(StageAction action, IReadOnlyList<int> subjects, Votes? transferValue)
    {
        var number = _stages.Count + 1;

        // Rule 47: a candidate with at least the quota is elected, highest first.
        var reached = Hopefuls().Where(c => _totals[c] >= _quota).ToList();
        if (reached.Count > 0)
        {
            var order = reached.Count == 1 ? reached : _ties.OrderHighestFirst(reached, CurrentTotals(), _history, number, TiePurpose.Elect);
            NoteTies();
            foreach (var c in order)
            {
                if (SeatsLeft == 0)
                {
                    break;
                }

                if (_guard.WhyNotElect(c, _status, SeatsLeft) is { } reason)
                {
                    _stageNotes.Add($"{Name(c)} has reached the quota but is not elected: {reason}");
                    continue;
                }

                Elect(c);
            }
        }

        // Rule 52(1): as many continuing candidates as vacancies are all elected, and rule 52(2)
        // ends the transfers.
        var hopefuls = Hopefuls().ToList();
        if (SeatsLeft > 0 && hopefuls.Count > 0 && hopefuls.Count <= SeatsLeft)
        {
            var order = hopefuls.Count == 1 ? hopefuls : _ties.OrderHighestFirst(hopefuls, CurrentTotals(), _history, number, TiePurpose.Elect);
            NoteTies();
            foreach (var c in order)
            {
                if (_guard.WhyNotElect(c, _status, SeatsLeft) is { } reason)
                {
                    _status[c] = CandidateStatus.Excluded;
                    _excluded.Add(c);
                    _stageExcluded.Add(c);
                    _stageNotes.Add($"{Name(c)} excluded: {reason}");
                    continue;
                }

                Elect(c);
            }
        }

        var votes = CurrentTotals();
        _stages.Add(new Stage
        {
            Number = number,
            Action = action,
            Subjects = subjects.ToArray(),
            Votes = votes,
            NonTransferable = Votes.FromUnits(_nonTransferable),
            Quota = Votes.FromUnits(_quota),
            TransferValue = transferValue,
            Elected = _stageElected.ToArray(),
            Excluded = _stageExcluded.ToArray(),
            Notes = _stageNotes.ToArray(),
            Statuses = (CandidateStatus[])_status.Clone(),
        });
        _history.Add(votes);
        _stageElected.Clear();
        _stageExcluded.Clear();
        _stageNotes.Clear();
    }

    private void Elect(int candidate)
    {
        _status[candidate] = CandidateStatus.Elected;
        _elected.Add(candidate);
        _stageElected.Add(candidate);

        // Rule 48(1): only a vote above the quota is a surplus.
        _surplusPending[candidate] = _totals[candidate] > _quota;
    }

    /// <summary>Rule 49: the largest surplus not yet transferred, or -1.</summary>
    private int NextSurplus()
    {
        var pending = Enumerable.Range(0, _n).Where(c => _surplusPending[c]).ToList();
        if (pending.Count == 0)
        {
            return -1;
        }

        var highest = pending.Max(c => _totals[c]);
        var tied = pending.Where(c => _totals[c] == highest).ToList();

        // Rule 49(2), (3): equal surpluses look back, then lot.
        var chosen = tied.Count == 1 ? tied[0] : _ties.PickHighest(tied, EarlierStages(), _stages.Count + 1, TiePurpose.TransferFirst);
        NoteTies();
        return chosen;
    }

    /// <summary>Rules 50(1) and 51: the lowest continuing candidate the group limits allow to go.</summary>
    private int NextToExclude()
    {
        var hopefuls = Hopefuls().ToList();
        var allowed = hopefuls.Where(c => _guard.MayExclude(c, _status)).ToList();
        if (allowed.Count == 0)
        {
            // Cannot happen while the limits are satisfiable (rule 52 would have filled the seats);
            // excluding the lowest anyway keeps the count finite.
            _stageNotes.Add("no candidate could be excluded without breaking a group minimum; the lowest is excluded");
            allowed = hopefuls;
        }

        var lowest = allowed.Min(c => _totals[c]);
        foreach (var c in hopefuls.Where(c => _totals[c] < lowest))
        {
            _stageNotes.Add($"{Name(c)} has fewer votes but is not excluded: a group minimum needs them");
        }

        var tied = allowed.Where(c => _totals[c] == lowest).ToList();
        var chosen = tied.Count == 1 ? tied[0] : _ties.PickLowest(tied, EarlierStages(), _stages.Count + 1);
        NoteTies();
        return chosen;
    }

    /// <summary>The totals of the stages before the last recorded one (whose totals show the tie).</summary>
    private List<IReadOnlyList<Votes>> EarlierStages() => _history.GetRange(0, Math.Max(0, _history.Count - 1));

    private void NoteTies()
    {
        var record = _ties.Record;
        for (; _tiesNoted < record.Count; _tiesNoted++)
        {
            var tie = record[_tiesNoted];
            var how = tie.Resolution == TieResolution.Lot
                ? "by lot"
                : string.Create(CultureInfo.InvariantCulture, $"by their votes at stage {tie.LookBackStage}");
            var what = tie.Purpose switch
            {
                TiePurpose.Exclude => "to exclude",
                TiePurpose.TransferFirst => "to transfer first",
                _ => "to elect first",
            };
            _stageNotes.Add($"tie between {string.Join(", ", tie.Tied.Select(Name))} settled {how}: {Name(tie.Chosen)} {what}");
        }
    }

    private Votes[] CurrentTotals()
    {
        var votes = new Votes[_n];
        for (var c = 0; c < _n; c++)
        {
            votes[c] = Votes.FromUnits(_totals[c]);
        }

        return votes;
    }

    private IEnumerable<int> Hopefuls()
    {
        for (var c = 0; c < _n; c++)
        {
            if (_status[c] == CandidateStatus.Hopeful)
            {
                yield return c;
            }
        }
    }

    private int HopefulCount() => Hopefuls().Count();

    private string Name(int candidate) => _box.Candidates[candidate];
}
