using CsCheck;
using Omov.Counting.Ballots;
using Omov.Counting.Methods;
using Omov.Counting.Ties;

namespace Omov.Counting.Tests.Methods.Stv;

/// <summary>Invariants of both inclusive Gregory methods on random small elections.</summary>
public sealed class GregoryPropertyTests
{
    private static readonly Gen<Election> s_elections =
        from candidates in Gen.Int[2, 7]
        from seats in Gen.Int[1, candidates]
        from ballots in (from weight in Gen.Int[1, 5]
                         from ranking in Gen.Int[0, candidates - 1].Array[1, candidates]
                         select (weight, ranking)).Array[1, 40]
        from relabelSeed in Gen.Int
        select new Election(candidates, seats, ballots, relabelSeed);

    public static TheoryData<string> Methods() => new() { "scottish-stv", "wigm" };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_RandomElection_FillsEverySeatItCan(string method) =>
        s_elections.Sample(
            election =>
            {
                var result = Count(method, election.Box());
                Assert.Equal(Math.Min(election.Seats, election.Candidates), result.Elected.Count);
                Assert.Equal(result.Elected.Count, result.Elected.Distinct().Count());
                Assert.Empty(result.Elected.Intersect(result.Excluded));
                StvAssert.EveryStageAddsUp(result);
            },
            iter: 500);

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_Twice_SameResult(string method) =>
        s_elections.Sample(
            election =>
            {
                var first = Count(method, election.Box());
                var second = Count(method, election.Box());
                Assert.Equal(first.Elected, second.Elected);
                Assert.Equal(first.Excluded, second.Excluded);
                Assert.Equal(first.Stages.Count, second.Stages.Count);
                for (var s = 0; s < first.Stages.Count; s++)
                {
                    Assert.Equal(first.Stages[s].Votes, second.Stages[s].Votes);
                    Assert.Equal(first.Stages[s].NonTransferable, second.Stages[s].NonTransferable);
                    Assert.Equal(first.Stages[s].Notes, second.Stages[s].Notes);
                }
            },
            iter: 300);

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_CandidatesRelabelled_SameWinnersUnlessLotDrawn(string method) =>
        s_elections.Sample(
            election =>
            {
                var relabel = election.Relabelling();
                var plain = Count(method, election.Box());
                var relabelled = Count(method, election.Box(relabel));
                if (plain.TieBreaks.Any(t => t.Resolution == TieResolution.Lot) || relabelled.TieBreaks.Any(t => t.Resolution == TieResolution.Lot))
                {
                    return;
                }

                Assert.Equal(plain.Elected.Select(c => relabel[c]).Order(), relabelled.Elected.Order());
                Assert.Equal(plain.Excluded.Select(c => relabel[c]), relabelled.Excluded);
            },
            iter: 500);

    private static CountResult Count(string method, BallotBox box) => CountingMethods.Find(method)!.Count(box, new CountOptions());

    /// <summary>A random election: rankings may repeat a candidate (the builder cuts them there).</summary>
    public sealed record Election(int Candidates, int Seats, (int Weight, int[] Ranking)[] Ballots, int RelabelSeed)
    {
        public BallotBox Box(int[]? relabel = null)
        {
            var builder = new BallotBoxBuilder(Candidates);
            foreach (var (weight, ranking) in Ballots)
            {
                builder.Add(ranking.Select(c => relabel is null ? c : relabel[c]).ToArray(), weight);
            }

            return builder.Build("random", Seats, Enumerable.Range(0, Candidates).Select(c => $"C{c}").ToArray());
        }

        public int[] Relabelling()
        {
            var order = Enumerable.Range(0, Candidates).ToArray();
            new Random(RelabelSeed).Shuffle(order);
            return order;
        }

        public override string ToString() =>
            $"{Candidates} candidates, {Seats} seats: " + string.Join("; ", Ballots.Select(b => $"{b.Weight}×[{string.Join(",", b.Ranking)}]"));
    }
}
