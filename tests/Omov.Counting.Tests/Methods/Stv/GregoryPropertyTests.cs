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

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_RandomMinimum_MetAndEverySeatFilled(string method) =>
        (from election in s_elections
         from mask in Gen.Int[1, (1 << election.Candidates) - 1]
         from share in Gen.Int[1, 100]
         select (election, mask, share)).Sample(
            sample =>
            {
                var (election, mask, share) = sample;
                var group = Enumerable.Range(0, election.Candidates).Where(c => (mask & (1 << c)) != 0).ToArray();
                var minimum = 1 + ((share - 1) * Math.Min(election.Seats, group.Length) / 100);
                var options = new CountOptions
                {
                    Groups = new Dictionary<string, IReadOnlyList<int>> { ["g"] = group },
                    Limits = [new GroupLimit("g", GroupLimitKind.Minimum, minimum)],
                };
                var box = election.Box();
                var counter = CountingMethods.Find(method)!;
                Assert.Empty(CountValidation.Check(box, options, counter));

                var result = counter.Count(box, options);

                Assert.Equal(election.Seats, result.Elected.Count);
                Assert.True(result.Elected.Count(group.Contains) >= minimum);
                StvAssert.EveryStageAddsUp(result);
            },
            iter: 500);

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_RandomMaximum_NeverPassedAndSeatsFilledWhenPossible(string method) =>
        (from election in s_elections
         from mask in Gen.Int[1, (1 << election.Candidates) - 1]
         from share in Gen.Int[0, 100]
         select (election, mask, share)).Sample(
            sample =>
            {
                var (election, mask, share) = sample;
                var group = Enumerable.Range(0, election.Candidates).Where(c => (mask & (1 << c)) != 0).ToArray();
                var maximum = share * Math.Min(election.Seats, group.Length) / 100;
                var options = new CountOptions
                {
                    Groups = new Dictionary<string, IReadOnlyList<int>> { ["g"] = group },
                    Limits = [new GroupLimit("g", GroupLimitKind.Maximum, maximum)],
                };

                var result = CountingMethods.Find(method)!.Count(election.Box(), options);

                Assert.True(result.Elected.Count(group.Contains) <= maximum);
                Assert.True(result.Elected.Count <= election.Seats);
                if (election.Candidates - group.Length >= election.Seats - maximum)
                {
                    Assert.Equal(election.Seats, result.Elected.Count);
                }

                StvAssert.EveryStageAddsUp(result);
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
