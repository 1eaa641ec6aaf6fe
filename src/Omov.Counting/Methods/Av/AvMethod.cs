using System.Globalization;
using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;

namespace Omov.Counting.Methods.Av;

/// <summary>
/// The alternative vote (instant run-off) used for Labour's Leader and Deputy Leader
/// (labour-rules §5.1–5.2): a candidate with more than half of the continuing ballots wins;
/// otherwise the single lowest candidate is excluded and their ballots pass to the next
/// continuing preference, one exclusion per round.
/// </summary>
/// <remarks>
/// <para>AV always fills one seat: a ballot file or option asking for more is counted for one,
/// with a note. "Continuing" ballots are those whose current preference is a continuing
/// candidate; exhausted ballots are not counted in the majority (§5.2: Rayner won the 2020
/// Deputy contest with 228,944 of 435,445 continuing votes, the round totals falling as ballots
/// exhausted), and each stage's non-transferable figure is the ballots exhausted so far.</para>
/// <para>Each stage's quota is the smallest whole number of votes that is more than half of the
/// continuing ballots, floor(continuing ÷ 2) + 1; <see cref="CountResult.Quota"/> is the first
/// round's. Ties for exclusion look back to the earliest round the tied candidates differed,
/// then draw lots. Group limits act through <see cref="Constraints.ConstraintGuard"/>.</para>
/// </remarks>
public sealed class AvMethod : ICountingMethod
{
    /// <inheritdoc />
    public string Name => "av";

    /// <inheritdoc />
    public string Description => "Alternative vote (instant run-off): exclude the lowest until one has a majority of continuing ballots";

    /// <inheritdoc />
    public int Decimals => 0;

    /// <inheritdoc />
    public bool SupportsEqualRankings => false;

    /// <inheritdoc />
    public CountResult Count(BallotBox ballots, CountOptions options)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(options);
        var requested = options.Seats ?? ballots.Seats;
        var s = CountSetup.Create(ballots, options with { Seats = 1 });
        if (requested != 1)
        {
            s.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"AV fills one seat; {requested} were asked for and one was filled."));
        }

        var box = s.Box;
        var position = new int[box.RankingCount];
        var tally = new long[s.CandidateCount];
        Recount();
        var firstQuota = Quota(out _);
        AddRound(StageAction.FirstPreferences, [], []);

        while (s.SeatsLeft > 0)
        {
            var hopefuls = s.Hopefuls().ToList();
            if (hopefuls.Count == 0)
            {
                s.Notes.Add("No continuing candidate was left.");
                break;
            }

            if (hopefuls.Count == 1)
            {
                // Every other candidate is out: the last one stands elected even if all other ballots exhausted.
                s.Elect(hopefuls[0]);
                AddStageOnly(StageAction.Declaration, [], [hopefuls[0]], ["The last continuing candidate is elected."]);
                break;
            }

            var mustExclude = s.Guard.MustExclude(s.Statuses, s.SeatsLeft);
            if (mustExclude.Count > 0)
            {
                foreach (var (c, _) in mustExclude)
                {
                    s.Exclude(c);
                }

                Recount();
                AddRound(StageAction.Exclusion, mustExclude.Select(m => m.Candidate).ToList(), mustExclude.Select(m => $"{s.Name(m.Candidate)} excluded: {m.Reason}").ToList());
                continue;
            }

            var allowed = hopefuls.Where(c => s.Guard.MayExclude(c, s.Statuses)).ToList();
            if (allowed.Count == 0)
            {
                allowed = hopefuls;
            }

            var lowest = allowed.Min(c => tally[c]);
            var tied = allowed.Where(c => tally[c] == lowest).ToList();
            var excluded = tied.Count == 1 ? tied[0] : s.TieBreaker.PickLowest(tied, s.History, s.NextStageNumber);
            s.Exclude(excluded);
            Recount();
            AddRound(StageAction.Exclusion, [excluded], []);
        }

        return s.Result(Name, Decimals, firstQuota, seats: 1);

        // Moves each ballot past excluded candidates to its first continuing preference and tallies it.
        void Recount()
        {
            Array.Clear(tally);
            var offsets = box.Offsets;
            var preferences = box.Preferences;
            var weights = box.Weights;
            for (var r = 0; r < position.Length; r++)
            {
                var p = position[r];
                var end = offsets[r + 1] - offsets[r];
                while (p < end && s.Statuses[Preference.Candidate(preferences[offsets[r] + p])] != CandidateStatus.Hopeful
                    && s.Statuses[Preference.Candidate(preferences[offsets[r] + p])] != CandidateStatus.Elected)
                {
                    p++;
                }

                position[r] = p;
                if (p < end)
                {
                    var c = Preference.Candidate(preferences[offsets[r] + p]);
                    tally[c] = checked(tally[c] + weights[r]);
                }
            }
        }

        Votes Quota(out long continuing)
        {
            continuing = 0;
            foreach (var t in tally)
            {
                continuing = checked(continuing + t);
            }

            return Votes.FromWhole((continuing / 2) + 1);
        }

        // Records a round and elects a candidate holding a majority of the continuing ballots (§5.1).
        void AddRound(StageAction action, IReadOnlyList<int> excluded, List<string> notes)
        {
            var quota = Quota(out var continuing);
            var elected = new List<int>();
            var best = s.Hopefuls().OrderByDescending(c => tally[c]).ThenBy(c => c).FirstOrDefault(-1);
            if (best >= 0 && continuing > 0 && tally[best] * 2 > continuing)
            {
                if (s.Guard.WhyNotElect(best, s.Statuses, s.SeatsLeft) is { } reason)
                {
                    notes.Add($"{s.Name(best)} has a majority but is not elected: {reason}.");
                }
                else
                {
                    s.Elect(best);
                    elected.Add(best);
                }
            }

            s.AddStage(action, Totals(), Votes.FromWhole(s.ValidBallots - continuing), quota, excluded, elected, excluded, notes);
        }

        void AddStageOnly(StageAction action, IReadOnlyList<int> excluded, IReadOnlyList<int> elected, IReadOnlyList<string> notes)
        {
            var quota = Quota(out var continuing);
            s.AddStage(action, Totals(), Votes.FromWhole(s.ValidBallots - continuing), quota, [], elected, excluded, notes);
        }

        Votes[] Totals() => tally.Select(Votes.FromWhole).ToArray();
    }
}
