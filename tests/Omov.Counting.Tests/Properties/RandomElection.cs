using CsCheck;
using Omov.Counting.Ballots;

namespace Omov.Counting.Tests.Properties;

/// <summary>A small random election for property tests: 3–8 candidates, 1–4 seats, up to 60 distinct rankings.</summary>
internal sealed record RandomElection(int Candidates, int Seats, int Seed, int GroupMask, int Minimum)
{
    public static readonly Gen<RandomElection> Gen =
        CsCheck.Gen.Int[3, 8].SelectMany(candidates =>
            CsCheck.Gen.Select(
                CsCheck.Gen.Int[1, Math.Min(4, candidates - 1)],
                CsCheck.Gen.Int[0, int.MaxValue],
                CsCheck.Gen.Int[1, (1 << candidates) - 1],
                CsCheck.Gen.Int[0, 4],
                (seats, seed, mask, minimum) => new RandomElection(candidates, seats, seed, mask, minimum)));

    public IReadOnlyList<int> Group => Enumerable.Range(0, Candidates).Where(c => (GroupMask & (1 << c)) != 0).ToArray();

    /// <summary>The group minimum, capped so that it can always be met.</summary>
    public int FeasibleMinimum(int seats) => Math.Min(Minimum, Math.Min(Group.Count, seats));

    public BallotBox Build(int? seats = null, IReadOnlyList<int>? relabel = null)
    {
        var random = new Random(Seed);
        var builder = new BallotBoxBuilder(Candidates);
        var rankings = 1 + random.Next(60);
        var order = Enumerable.Range(0, Candidates).ToArray();
        for (var r = 0; r < rankings; r++)
        {
            random.Shuffle(order);
            var length = 1 + random.Next(Candidates);
            var ranking = order.Take(length).Select(c => relabel is null ? c : relabel[c]).ToArray();
            builder.Add(ranking, 1 + random.Next(40));
        }

        var names = new string[Candidates];
        for (var c = 0; c < Candidates; c++)
        {
            names[relabel is null ? c : relabel[c]] = $"Candidate {c + 1}";
        }

        return builder.Build("random", seats ?? Seats, names);
    }

    public override string ToString() => $"{Candidates} candidates, {Seats} seats, seed {Seed}, group mask {GroupMask}, minimum {Minimum}";
}
