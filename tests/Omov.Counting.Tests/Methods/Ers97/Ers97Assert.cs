using Omov.Counting.Arithmetic;

namespace Omov.Counting.Tests.Methods.Ers97;

internal static class Ers97Assert
{
    /// <summary>Every stage: candidates' totals plus non-transferable equal the valid vote exactly, all at 2 dp.</summary>
    public static void TotalsBalance(CountResult result)
    {
        var valid = Votes.FromWhole(result.ValidBallots);
        foreach (var stage in result.Stages)
        {
            var sum = stage.NonTransferable;
            foreach (var v in stage.Votes)
            {
                Assert.Equal(v, v.Truncate(2));
                sum += v;
            }

            Assert.Equal(stage.NonTransferable, stage.NonTransferable.Truncate(2));
            Assert.True(valid == sum, $"stage {stage.Number}: {sum.ToString(2)} != {valid.ToString(2)}");
        }
    }

    /// <summary>Seats filled, each elected once, elected and excluded disjoint.</summary>
    public static void WellFormed(CountResult result)
    {
        Assert.Equal(result.Elected.Count, result.Elected.Distinct().Count());
        Assert.Empty(result.Elected.Intersect(result.Excluded));
        var last = result.Stages[^1].Statuses;
        Assert.Equal(result.Elected.Order(), Enumerable.Range(0, last.Count).Where(c => last[c] == CandidateStatus.Elected));
        Assert.DoesNotContain(CandidateStatus.Hopeful, last);
    }

    public static string Describe(CountResult result)
    {
        var lines = new List<string> { $"quota {result.Quota?.ToString(2)} valid {result.ValidBallots}" };
        foreach (var s in result.Stages)
        {
            lines.Add($"{s.Number} {s.Action} [{string.Join(",", s.Subjects.Select(c => result.Candidates[c]))}] tv={s.TransferValue?.ToString(2)} q={s.Quota?.ToString(2)} nt={s.NonTransferable.ToString(2)}");
            lines.Add("   " + string.Join(" ", s.Votes.Select((v, c) => $"{result.Candidates[c]}={v.ToString(2)}")));
            if (s.Elected.Count > 0) { lines.Add("   elected " + string.Join(",", s.Elected.Select(c => result.Candidates[c]))); }
            if (s.Excluded.Count > 0) { lines.Add("   excluded " + string.Join(",", s.Excluded.Select(c => result.Candidates[c]))); }
            foreach (var n in s.Notes) { lines.Add("   # " + n); }
        }

        return string.Join("\n", lines);
    }
}
