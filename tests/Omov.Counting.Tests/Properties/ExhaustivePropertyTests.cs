using CsCheck;
using Omov.Counting.Methods.Exhaustive;

namespace Omov.Counting.Tests.Properties;

/// <summary>
/// Invariants of the exhaustive ballot over thousands of simulated meetings: a room of voters votes
/// round after round (some abstain or leave, so a round's votes never exceed the one before or the
/// room), lots are drawn when the count asks for one, and the count runs to a nominee.
/// </summary>
public sealed class ExhaustivePropertyTests
{
    private static readonly Gen<Meeting> s_meetings =
        Gen.Select(Gen.Int[1, 8], Gen.Int[1, 400], Gen.Int[0, int.MaxValue], Gen.Bool, (candidates, room, seed, lookBack) => new Meeting(candidates, room, seed, lookBack));

    [Fact]
    public void Count_AnyMeeting_WinnerHasMoreThanHalfOfTheLastRoundOrWonTheFinalLot()
    {
        int lots = 0, lookBacks = 0, lastRemaining = 0;
        s_meetings.Sample(meeting =>
        {
            var count = meeting.Run();
            Interlocked.Add(ref lots, count.Rounds.Count(r => r.Exclusion == ExhaustiveExclusion.Lot));
            Interlocked.Add(ref lookBacks, count.Rounds.Count(r => r.Exclusion == ExhaustiveExclusion.LookBack));
            Interlocked.Add(ref lastRemaining, count.Decision == ExhaustiveDecision.LastRemaining ? 1 : 0);
            var last = count.Rounds[^1];
            Assert.Equal(ExhaustiveState.Decided, count.State);
            Assert.Equal(count.Winner, last.Winner);
            if (count.Decision == ExhaustiveDecision.Majority)
            {
                Assert.True(last.Votes[count.Winner!.Value] * 2 > last.Cast, $"{last.Votes[count.Winner!.Value]} of {last.Cast} is not more than half");
            }
            else
            {
                // Only a tie between the last two ends without a majority.
                Assert.Equal(2, last.Continuing.Count);
                Assert.Equal(last.Votes[last.Continuing[0]], last.Votes[last.Continuing[1]]);
                Assert.NotEqual(count.Winner, last.Excluded);
            }
        }, iter: 2_000);

        // The simulation must reach the rare paths, or the properties above say little about them.
        Assert.True(lots > 0 && lookBacks > 0 && lastRemaining > 0, $"lots {lots}, look-backs {lookBacks}, last-remaining {lastRemaining}");
    }

    [Fact]
    public void Count_AnyMeeting_EachRoundExcludesExactlyOneOfTheLowest()
    {
        s_meetings.Sample(meeting =>
        {
            var count = meeting.Run();
            for (var r = 0; r < count.Rounds.Count; r++)
            {
                var round = count.Rounds[r];
                var fewest = round.Continuing.Min(c => round.Votes[c]);
                if (round.Winner is not null && round.Excluded is null)
                {
                    Assert.Equal(count.Rounds.Count - 1, r);
                    continue;
                }

                Assert.NotNull(round.Excluded);
                Assert.Equal(fewest, round.Votes[round.Excluded!.Value]);
                var tied = round.Continuing.Count(c => round.Votes[c] == fewest);
                Assert.True(tied == 1 ? round.Exclusion == ExhaustiveExclusion.Lowest : round.Exclusion is ExhaustiveExclusion.Lot or ExhaustiveExclusion.LookBack);
                if (r + 1 < count.Rounds.Count)
                {
                    Assert.Equal(round.Continuing.Where(c => c != round.Excluded).ToArray(), count.Rounds[r + 1].Continuing.ToArray());
                }
            }

            Assert.True(count.Rounds.Count <= Math.Max(1, meeting.Candidates - 1), $"{count.Rounds.Count} rounds for {meeting.Candidates} candidates");
        }, iter: 2_000);
    }

    [Fact]
    public void Count_AnyMeeting_TotalsNeverGrowNorExceedTheRoom()
    {
        s_meetings.Sample(meeting =>
        {
            var count = meeting.Run();
            for (var r = 0; r < count.Rounds.Count; r++)
            {
                var round = count.Rounds[r];
                Assert.Equal(round.Continuing.Sum(c => round.Votes[c]), round.Cast);
                Assert.True(round.Cast + round.Blank <= meeting.Room);
                Assert.True(r == 0 || round.Cast + round.Blank <= count.Rounds[r - 1].Cast + count.Rounds[r - 1].Blank);
                Assert.Equal((round.Cast / 2) + 1, round.MajorityNeeded);
            }
        }, iter: 2_000);
    }

    [Fact]
    public void Count_AnyPrefixOfTheRounds_CountsThoseRoundsTheSame()
    {
        s_meetings.Sample(meeting =>
        {
            var (names, rounds, options) = meeting.Entries();
            var whole = ExhaustiveBallot.Count(names, rounds, options);
            for (var k = 0; k < rounds.Count; k++)
            {
                var prefix = ExhaustiveBallot.Count(names, rounds.Take(k).ToList(), options);
                Assert.Equal(ExhaustiveState.AwaitingRound, prefix.State);
                Assert.Equal(whole.Rounds.Take(k).Select(Describe), prefix.Rounds.Select(Describe));
                Assert.Equal(whole.Rounds[k].Continuing, prefix.Continuing);
            }
        }, iter: 500);
    }

    [Fact]
    public void Count_ARoundOverTheRoom_IsRefused()
    {
        s_meetings.Sample(meeting =>
        {
            var (names, rounds, _) = meeting.Entries();
            var tight = new ExhaustiveOptions(MaxVotesPerRound: rounds[0].Votes.Sum() + rounds[0].Blank - 1);
            var count = ExhaustiveBallot.Count(names, rounds, tight);
            Assert.Equal(ExhaustiveState.Invalid, count.State);
            Assert.Equal(1, count.ProblemRound);
        }, iter: 500);
    }

    private static string Describe(ExhaustiveRoundResult round) =>
        $"{round.Number}: [{string.Join(',', round.Continuing)}] [{string.Join(',', round.Votes)}] {round.Cast}/{round.Blank} win {round.Winner} out {round.Excluded} {round.Exclusion} [{string.Join(',', round.TiedLowest)}] {round.LookBackRound}";

    /// <summary>A simulated room of <see cref="Room"/> voters choosing among <see cref="Candidates"/>.</summary>
    private sealed record Meeting(int Candidates, int Room, int Seed, bool LookBack)
    {
        public ExhaustiveCount Run()
        {
            var (names, rounds, options) = Entries();
            return ExhaustiveBallot.Count(names, rounds, options);
        }

        /// <summary>Plays the meeting to the end, drawing lots when asked; returns what was entered.</summary>
        public (string[] Names, List<ExhaustiveRound> Rounds, ExhaustiveOptions Options) Entries()
        {
            var random = new Random(Seed);
            var names = Enumerable.Range(1, Candidates).Select(c => $"C{c}").ToArray();
            var options = new ExhaustiveOptions(LookBack ? ExhaustiveTieRule.LookBackThenLot : ExhaustiveTieRule.Lot, Room);
            var rounds = new List<ExhaustiveRound>();
            var present = Room;
            // Small rooms and few distinct weights make ties common.
            var weights = Enumerable.Range(0, Candidates).Select(_ => 1 + random.Next(4)).ToArray();
            for (var guard = 0; guard < 50; guard++)
            {
                var count = ExhaustiveBallot.Count(names, rounds, options);
                switch (count.State)
                {
                    case ExhaustiveState.Decided:
                        return (names, rounds, options);
                    case ExhaustiveState.AwaitingLot:
                        rounds[^1] = rounds[^1] with { LotExcluded = count.TiedForLot[random.Next(count.TiedForLot.Count)] };
                        break;
                    case ExhaustiveState.AwaitingRound:
                        present -= random.Next(Math.Max(1, present / 10));
                        rounds.Add(Vote(random, count.Continuing, weights, Math.Max(1, present)));
                        present = (int)(rounds[^1].Votes.Sum() + rounds[^1].Blank);
                        break;
                    default:
                        throw new Xunit.Sdk.XunitException($"the simulated figures were refused: {count.Problem}");
                }
            }

            throw new Xunit.Sdk.XunitException("the meeting did not end in 50 steps");
        }

        private ExhaustiveRound Vote(Random random, IReadOnlyList<int> continuing, int[] weights, int present)
        {
            var votes = new long[Candidates];
            var blank = 0L;
            var total = continuing.Sum(c => weights[c]);
            for (var v = 0; v < present; v++)
            {
                if (random.Next(20) == 0)
                {
                    blank++;
                    continue;
                }

                var pick = random.Next(total);
                foreach (var c in continuing)
                {
                    pick -= weights[c];
                    if (pick < 0)
                    {
                        votes[c]++;
                        break;
                    }
                }
            }

            if (votes.Sum() == 0)
            {
                // Everyone left blank: one voter votes, so the round counts.
                votes[continuing[0]] = 1;
                blank--;
            }

            return new ExhaustiveRound(votes, blank);
        }
    }
}
