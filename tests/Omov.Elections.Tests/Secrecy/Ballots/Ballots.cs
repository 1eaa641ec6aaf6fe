using CsCheck;
using Omov.Elections.Secrecy.Ballots;

namespace Omov.Elections.Tests.Secrecy.Ballots;

/// <summary>An NEC-style event layout and a generator of valid ballots for it.</summary>
internal static class Ballots
{
    /// <summary>Leader (AV, 5), Deputy (AV, 4), NEC CLP section (STV, 30), disabled members' rep (FPTP, 3), conference delegates (block of 2 from 6).</summary>
    public static BallotLayout Nec { get; } = new(
    [
        ContestLayout.Ranked(1, 5),
        ContestLayout.Ranked(2, 4),
        ContestLayout.Ranked(3, 30),
        ContestLayout.Marked(4, 3, 1),
        ContestLayout.Marked(5, 6, 2),
    ]);

    /// <summary>Valid ballots, each drawn from a seed (shrinking a ballot is not worth a hand-written shrinker).</summary>
    public static Gen<BallotPlaintext> Valid(BallotLayout layout) => Gen.Int.Select(seed => Draw(layout, new Random(seed)));

    private static BallotPlaintext Draw(BallotLayout layout, Random random)
    {
        var choices = new List<ContestChoice>();
        foreach (var contest in layout.Contests)
        {
            var kind = random.Next(10);
            if (kind == 0)
            {
                continue;
            }

            if (kind is 1 or 2)
            {
                choices.Add(kind == 1 ? ContestChoice.Blank(contest.Contest) : ContestChoice.Spoilt(contest.Contest));
                continue;
            }

            var candidates = Enumerable.Range(1, contest.Candidates).ToArray();
            random.Shuffle(candidates);
            var picked = candidates.Take(random.Next(1, contest.MaxChoices + 1));
            choices.Add(contest.Kind == ChoiceKind.Ranking
                ? ContestChoice.Ranking(contest.Contest, picked)
                : ContestChoice.Selection(contest.Contest, picked));
        }

        return new BallotPlaintext(choices);
    }
}
