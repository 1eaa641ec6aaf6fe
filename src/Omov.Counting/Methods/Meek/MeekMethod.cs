using System.Globalization;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods.Meek;

/// <summary>
/// Meek STV by the New Zealand rules (Local Electoral Regulations 2001, Schedule 1A; Hill,
/// Wichmann and Woodall, Algorithm 123): every ballot is counted at every pass, each candidate
/// keeping a fraction of the value that reaches them (their keep value) and passing the rest on.
/// </summary>
/// <remarks>
/// <para>Arithmetic is in 9 decimal places. Per Schedule 1A: the quota is
/// (valid votes − non-transferable) ÷ (seats + 1) truncated, plus 0.000000001 (cl. 5); a candidate
/// with votes ≥ quota is elected (cl. 6); in a pass each product value × keep value and
/// value × (1 − keep value) is rounded up (cl. 10); an elected candidate's new keep value is
/// quota × keep value rounded up, divided by their votes and rounded up (cl. 17). The
/// non-transferable figure is the valid vote less all candidates' votes, so it includes the
/// value that reached the end of exhausted ballots and the (tiny, possibly negative) effect of
/// the rounding up.</para>
/// <para>Stages follow the Hill–Wichmann–Woodall reference count of the ERS97 election (shared
/// data <c>ers97/expected.json</c>): a surplus stage repeats passes until every elected
/// candidate's votes are within 0.001% (10^-5) of the quota, and only then elects hopefuls
/// who reached the quota; an exclusion stage sets the lowest hopeful's keep value to 0 and
/// makes one pass. Two points differ from the letter of Schedule 1A, and both are what the
/// reference count shows: Schedule 1A stops iterating once the total surplus is under
/// 0.0001 (cl. 13), which converges further than the reference's figures at stages 9 and 11
/// (its non-transferable totals are only reproduced with the relative tolerance), and it
/// may exclude before convergence when the lowest candidate plus the total surplus is below
/// the next (cl. 13), which the reference never does (its stage 6 converges with Wright far
/// behind). A relative tolerance also suits large counts: at 9 decimals a keep value's finest
/// step moves a million-ballot candidate by about 0.001 votes, so an absolute 0.0001 could
/// never be met. Should passes stop improving anyway, or the surplus be unable to reach any
/// continuing candidate (so that it would only feed exhaustion for ever), the stage ends with a
/// note and the count moves on to an exclusion.</para>
/// <para>Group limits and kept-elected candidates are enforced inside the count through
/// <see cref="Constraints.ConstraintGuard"/>; ties for exclusion look back, then draw lots.</para>
/// </remarks>
public sealed class MeekMethod : ICountingMethod
{
    private const long One = Votes.UnitsPerVote;

    /// <summary>Surpluses are distributed until each is at most quota ÷ this (0.001% of the quota), as in the reference count.</summary>
    private const long ToleranceDivisor = 100_000;

    /// <summary>A safety net against a pass sequence that never settles.</summary>
    private const int MaxPassesPerStage = 10_000;

    /// <inheritdoc />
    public string Name => "meek";

    /// <inheritdoc />
    public string Description => "Meek STV, New Zealand rules (9 dp, keep values rounded up)";

    /// <inheritdoc />
    public int Decimals => 9;

    /// <inheritdoc />
    /// <remarks>
    /// Schedule 1A has no equal rankings; here the value reaching candidates ranked equal is
    /// split equally among those still in the count, each keeping and passing on their share
    /// (see <see cref="RankingTree"/>).
    /// </remarks>
    public bool SupportsEqualRankings => true;

    /// <inheritdoc />
    public CountResult Count(BallotBox ballots, CountOptions options)
    {
        var setup = CountSetup.Create(ballots, options);
        return new MeekCount(setup).Run(Name, Decimals);
    }

    private sealed class MeekCount
    {
        private readonly CountSetup _s;
        private readonly RankingTree _tree;
        private readonly long[] _keep;
        private readonly long _total;
        private long[] _votes = [];
        private long _quota;

        public MeekCount(CountSetup setup)
        {
            _s = setup;
            _tree = RankingTree.Build(setup.Box, setup.IsWithdrawn);
            _keep = new long[setup.CandidateCount];
            for (var c = 0; c < _keep.Length; c++)
            {
                _keep[c] = setup.IsWithdrawn[c] ? 0 : One;
            }

            _total = checked(setup.ValidBallots * One);
        }

        private long NonTransferable => _total - _votes.Sum();

        public CountResult Run(string method, int decimals)
        {
            // Stage 1: first preferences (every hopeful's keep value is 1).
            Pass();
            var firstQuota = Votes.FromUnits(_quota);
            _s.AddStage(StageAction.FirstPreferences, Snapshot(), Votes.FromUnits(NonTransferable), firstQuota, elected: ElectReached(out var notes), notes: notes);

            var stalled = false;
            while (_s.SeatsLeft > 0)
            {
                var hopefuls = _s.Hopefuls().ToList();
                if (hopefuls.Count == 0)
                {
                    _s.Notes.Add("No continuing candidates were left to fill every seat.");
                    break;
                }

                var mustExclude = _s.Guard.MustExclude(_s.Statuses, _s.SeatsLeft);
                if (mustExclude.Count > 0)
                {
                    ExcludeStage(mustExclude.Select(m => m.Candidate).ToList(), mustExclude.Select(m => $"{_s.Name(m.Candidate)} excluded: {m.Reason}").ToList());
                    continue;
                }

                if (hopefuls.Count <= _s.SeatsLeft)
                {
                    // Schedule 1A cl. 3: when successful and hopeful candidates equal the vacancies, the hopefuls are elected.
                    foreach (var c in hopefuls)
                    {
                        _s.Elect(c);
                    }

                    _s.AddStage(StageAction.Declaration, Snapshot(), Votes.FromUnits(NonTransferable), Votes.FromUnits(_quota), elected: hopefuls, notes: ["The continuing candidates are as many as the seats left and are elected."]);
                    break;
                }

                // A surplus stage that stopped improving without converging is not repeated:
                // the count moves on to an exclusion, as it would have on convergence.
                if (!Converged() && !stalled)
                {
                    stalled = !SurplusStage();
                    continue;
                }

                stalled = false;

                ExcludeStage([PickLowest(hopefuls)], []);
            }

            return _s.Result(method, decimals, firstQuota);
        }

        /// <summary>Distributes surpluses to convergence; false when passes stopped improving first.</summary>
        private bool SurplusStage()
        {
            var subjects = _s.Elected.Where(c => _votes[c] > _quota).ToList();
            var previous = TotalSurplus();
            var stalls = 0;
            var passes = 0;
            var stageNotes = new List<string>();
            var converged = true;
            while (true)
            {
                var before = HopefulVotes();
                UpdateKeepValues();
                Pass();
                passes++;
                var surplus = TotalSurplus();
                if (Converged())
                {
                    break;
                }

                // When no ballot leads from an elected candidate to a continuing one, the surplus
                // only feeds exhaustion (and the quota with it) and would shrink for ever; nothing
                // more can change who is elected or excluded, so the count moves on.
                if (HopefulVotes().SequenceEqual(before))
                {
                    converged = false;
                    stageNotes.Add("The surplus can reach no continuing candidate.");
                    break;
                }

                // At 9 decimals the keep values can reach their finest step before every surplus
                // is within the tolerance; stop when the total surplus no longer falls.
                stalls = surplus >= previous ? stalls + 1 : 0;
                if (stalls >= 3)
                {
                    converged = false;
                    stageNotes.Add(string.Create(CultureInfo.InvariantCulture, $"Surplus stopped falling at {Votes.FromUnits(surplus).ToString(9)}; keep values are at their finest step."));
                    break;
                }

                if (passes >= MaxPassesPerStage)
                {
                    converged = false;
                    stageNotes.Add(string.Create(CultureInfo.InvariantCulture, $"Stopped after {passes} passes with surplus {Votes.FromUnits(surplus).ToString(9)}."));
                    break;
                }

                previous = surplus;
            }

            stageNotes.Insert(0, string.Create(CultureInfo.InvariantCulture, $"Surpluses distributed in {passes} pass(es)."));
            var elected = ElectReached(out var electNotes);
            stageNotes.AddRange(electNotes);
            _s.AddStage(StageAction.Surplus, Snapshot(), Votes.FromUnits(NonTransferable), Votes.FromUnits(_quota), subjects, elected, notes: stageNotes);
            return (converged && Converged()) || elected.Count > 0;
        }

        private void ExcludeStage(IReadOnlyList<int> excluded, List<string> stageNotes)
        {
            foreach (var c in excluded)
            {
                _s.Exclude(c);
                _keep[c] = 0;
            }

            Pass();
            var elected = ElectReached(out var electNotes);
            stageNotes.AddRange(electNotes);
            _s.AddStage(StageAction.Exclusion, Snapshot(), Votes.FromUnits(NonTransferable), Votes.FromUnits(_quota), excluded, elected, excluded, stageNotes);
        }

        private int PickLowest(List<int> hopefuls)
        {
            // Only candidates whose exclusion leaves every group minimum reachable.
            var allowed = hopefuls.Where(c => _s.Guard.MayExclude(c, _s.Statuses)).ToList();
            if (allowed.Count == 0)
            {
                allowed = hopefuls;
            }

            var lowest = allowed.Min(c => _votes[c]);
            var tied = allowed.Where(c => _votes[c] == lowest).ToList();
            return tied.Count == 1 ? tied[0] : _s.TieBreaker.PickLowest(tied, _s.History, _s.NextStageNumber);
        }

        /// <summary>Schedule 1A cl. 6: hopefuls at or above the quota are elected, highest first, as seats and limits allow.</summary>
        private List<int> ElectReached(out List<string> notes)
        {
            notes = [];
            var reached = _s.Hopefuls().Where(c => _votes[c] >= _quota).ToList();
            var elected = new List<int>();
            if (reached.Count == 0)
            {
                return elected;
            }

            var totals = Snapshot();
            var ordered = reached.Count == 1 ? reached : _s.TieBreaker.OrderHighestFirst(reached, totals, _s.History, _s.NextStageNumber, TiePurpose.Elect);
            foreach (var c in ordered)
            {
                if (_s.SeatsLeft == 0)
                {
                    break;
                }

                if (_s.Guard.WhyNotElect(c, _s.Statuses, _s.SeatsLeft) is { } reason)
                {
                    notes.Add($"{_s.Name(c)} reached the quota but is not elected: {reason}.");
                    continue;
                }

                _s.Elect(c);
                elected.Add(c);
            }

            return elected;
        }

        /// <summary>Schedule 1A cl. 17: kc = q × kc ÷ vc, each step rounded up to 9 decimals (never above 1).</summary>
        private void UpdateKeepValues()
        {
            foreach (var c in _s.Elected)
            {
                if (_votes[c] <= 0)
                {
                    continue;
                }

                var product = Votes.FromUnits(_quota).MultiplyRoundUp(Votes.FromUnits(_keep[c]), 9);
                var keep = Votes.MultiplyDivideRoundUp(product, Votes.One, Votes.FromUnits(_votes[c]), 9);
                _keep[c] = Math.Min(One, keep.Units);
            }
        }

        private void Pass()
        {
            _votes = _tree.Distribute(_keep);

            // Schedule 1A cl. 5: q = (v − vnt) ÷ (n + 1), truncated to 9 decimals, + 0.000000001.
            _quota = checked((_total - NonTransferable) / (_s.Seats + 1)) + 1;
        }

        private long[] HopefulVotes() => _s.Hopefuls().Select(c => _votes[c]).ToArray();

        /// <summary>Whether every elected candidate is within 0.001% of the quota.</summary>
        private bool Converged()
        {
            foreach (var c in _s.Elected)
            {
                if ((Int128)(_votes[c] - _quota) * ToleranceDivisor > _quota)
                {
                    return false;
                }
            }

            return true;
        }

        private long TotalSurplus()
        {
            long surplus = 0;
            foreach (var c in _s.Elected)
            {
                if (_votes[c] > _quota)
                {
                    surplus = checked(surplus + (_votes[c] - _quota));
                }
            }

            return surplus;
        }

        private Votes[] Snapshot()
        {
            var result = new Votes[_votes.Length];
            for (var c = 0; c < result.Length; c++)
            {
                result[c] = Votes.FromUnits(_votes[c]);
            }

            return result;
        }
    }
}
