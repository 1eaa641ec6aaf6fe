using Omov.Counting.Arithmetic;
using Omov.Counting.Ballots;
using Omov.Counting.Ties;

namespace Omov.Counting.Methods.Plurality;

/// <summary>The count shared by FPTP and the block vote: one tally, the highest win, then substitution for group limits.</summary>
internal static class PluralityCount
{
    public static CountResult Run(CountSetup s, string method, int votesPerBallot)
    {
        var n = s.CandidateCount;
        var tally = new long[n];
        long marks = 0;
        var weights = s.Box.Weights;
        for (var r = 0; r < s.Box.RankingCount; r++)
        {
            var given = 0;
            foreach (var packed in s.Box.Ranking(r))
            {
                var c = Preference.Candidate(packed);
                if (s.IsWithdrawn[c])
                {
                    continue;
                }

                // Rankings never repeat a candidate (the builder cuts at a repeat), so these are distinct.
                tally[c] = checked(tally[c] + weights[r]);
                marks = checked(marks + weights[r]);
                if (++given == votesPerBallot)
                {
                    break;
                }
            }
        }

        var votes = tally.Select(Votes.FromWhole).ToArray();
        var nonTransferable = Votes.FromWhole(checked((votesPerBallot * s.ValidBallots) - marks));
        var stageNumber = s.NextStageNumber;
        var elected = new List<int>();
        var hopefuls = s.Hopefuls().ToList();
        if (hopefuls.Count <= s.Seats)
        {
            elected.AddRange(hopefuls.OrderByDescending(c => tally[c]).ThenBy(c => c));
        }
        else
        {
            var remaining = new List<int>(hopefuls);
            while (elected.Count < s.Seats)
            {
                var best = remaining.Max(c => tally[c]);
                var top = remaining.Where(c => tally[c] == best).ToList();
                if (top.Count <= s.Seats - elected.Count)
                {
                    elected.AddRange(top);
                    remaining.RemoveAll(top.Contains);
                    continue;
                }

                // A tie for the last seat(s): by lot, recorded.
                var chosen = s.TieBreaker.PickHighest(top, [], stageNumber, TiePurpose.Elect);
                elected.Add(chosen);
                remaining.Remove(chosen);
            }
        }

        foreach (var c in elected)
        {
            s.Elect(c);
        }

        s.AddStage(StageAction.FirstPreferences, votes, nonTransferable, null, elected: elected);
        new Substitution(s, tally, votes, nonTransferable).Apply();
        return s.Result(method, 0, null);
    }
}
