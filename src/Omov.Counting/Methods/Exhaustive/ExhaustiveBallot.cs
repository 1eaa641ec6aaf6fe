using System.Globalization;

namespace Omov.Counting.Methods.Exhaustive;

/// <summary>
/// The exhaustive ballot of a meeting (labour-rules §6.1 [S37]: members "vote in rounds"; the first
/// candidate to reach more than half is the nominee): every round is a fresh vote among the
/// continuing candidates; a candidate with more than half of the votes cast in the round wins;
/// otherwise the single lowest is excluded and the room votes again.
/// </summary>
/// <remarks>
/// <para>Unlike AV, the room votes again each round, so a round's figures are entered, not
/// transferred: this class only checks them and says what happens next. The majority is of the
/// votes cast for candidates in that round (blanks are recorded but not counted, as exhausted
/// ballots are not in AV, §5.2).</para>
/// <para>Exactly one candidate is excluded per round. When the lowest tie, the tie rule fixed before
/// the first round decides: by lot drawn in the room (recorded on the round), or first by the most
/// recent earlier round in which the tied candidates differed. If the last two tie, excluding one
/// leaves the other as the only candidate, who is then the nominee without a further round
/// (<see cref="ExhaustiveDecision.LastRemaining"/>), as the lot has already decided between them.</para>
/// </remarks>
public static class ExhaustiveBallot
{
    /// <summary>
    /// Counts the rounds entered so far. Never throws for bad figures: a round that cannot be right
    /// (votes for an excluded candidate, more votes than voters, a round after the ballot was
    /// decided, a missing or wrong lot) gives <see cref="ExhaustiveState.Invalid"/> with a message
    /// naming the round and candidate.
    /// </summary>
    /// <param name="candidates">Candidate names in ballot order (at least one).</param>
    /// <param name="rounds">The rounds entered, in order.</param>
    /// <param name="options">The tie rule and the voters in the room; null for lot and no limit.</param>
    public static ExhaustiveCount Count(IReadOnlyList<string> candidates, IReadOnlyList<ExhaustiveRound> rounds, ExhaustiveOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(rounds);
        ArgumentOutOfRangeException.ThrowIfZero(candidates.Count);
        options ??= new ExhaustiveOptions();
        var continuing = Enumerable.Range(0, candidates.Count).ToList();
        var results = new List<ExhaustiveRoundResult>();
        for (var i = 0; i < rounds.Count; i++)
        {
            var number = i + 1;
            var round = rounds[i] ?? throw new ArgumentException($"Round {number} is null.", nameof(rounds));
            if (Check(round, candidates, continuing, number, options) is { } problem)
            {
                return Invalid(results, continuing, number, problem);
            }

            var cast = continuing.Sum(c => round.Votes[c]);
            var leader = continuing.MaxBy(c => round.Votes[c]);
            var majority = (cast / 2) + 1;
            if (round.Votes[leader] >= majority)
            {
                if (round.LotExcluded is not null)
                {
                    return Invalid(results, continuing, number, Text($"round {number} records a lot, but {candidates[leader]} has a majority and no one is excluded"));
                }

                results.Add(new ExhaustiveRoundResult(number, [.. continuing], [.. round.Votes], cast, round.Blank, majority, leader, null, null, [], null));
                return Decided(results, rounds.Count, leader, ExhaustiveDecision.Majority);
            }

            var fewest = continuing.Min(c => round.Votes[c]);
            var lowest = continuing.Where(c => round.Votes[c] == fewest).ToList();
            int excluded;
            ExhaustiveExclusion why;
            int? lookBackRound = null;
            if (lowest.Count == 1)
            {
                if (round.LotExcluded is not null)
                {
                    return Invalid(results, continuing, number, Text($"round {number} records a lot, but {candidates[lowest[0]]} alone has the fewest votes"));
                }

                (excluded, why) = (lowest[0], ExhaustiveExclusion.Lowest);
            }
            else if (options.TieRule == ExhaustiveTieRule.LookBackThenLot && LookBack(lowest, results) is { } settled)
            {
                if (round.LotExcluded is not null)
                {
                    return Invalid(results, continuing, number, Text($"round {number} records a lot, but round {settled.Round} already separates the tied candidates"));
                }

                (excluded, why, lookBackRound) = (settled.Candidate, ExhaustiveExclusion.LookBack, settled.Round);
            }
            else if (round.LotExcluded is { } drawn)
            {
                if (!lowest.Contains(drawn))
                {
                    return Invalid(results, continuing, number, Text($"round {number} records the lot excluding candidate {drawn + 1}, who is not one of the tied lowest ({Names(lowest, candidates)})"));
                }

                (excluded, why) = (drawn, ExhaustiveExclusion.Lot);
            }
            else if (i == rounds.Count - 1)
            {
                results.Add(new ExhaustiveRoundResult(number, [.. continuing], [.. round.Votes], cast, round.Blank, majority, null, null, null, [.. lowest], null));
                return new ExhaustiveCount { State = ExhaustiveState.AwaitingLot, Rounds = results, Continuing = [.. continuing], TiedForLot = [.. lowest] };
            }
            else
            {
                return Invalid(results, continuing, number, Text($"round {number} has a tie for lowest ({Names(lowest, candidates)}) and no lot recorded"));
            }

            results.Add(new ExhaustiveRoundResult(number, [.. continuing], [.. round.Votes], cast, round.Blank, majority, null, excluded, why, lowest.Count > 1 ? [.. lowest] : [], lookBackRound));
            continuing.Remove(excluded);
            if (continuing.Count == 1)
            {
                // The last two tied: the exclusion settled it, and a round with one candidate would be no vote.
                results[^1] = results[^1] with { Winner = continuing[0] };
                return Decided(results, rounds.Count, continuing[0], ExhaustiveDecision.LastRemaining);
            }
        }

        return new ExhaustiveCount { State = ExhaustiveState.AwaitingRound, Rounds = results, Continuing = [.. continuing] };
    }

    private static string? Check(ExhaustiveRound round, IReadOnlyList<string> candidates, List<int> continuing, int number, ExhaustiveOptions options)
    {
        if (round.Votes is null || round.Votes.Count != candidates.Count)
        {
            return Text($"round {number} gives figures for {round.Votes?.Count ?? 0} candidates; there are {candidates.Count}");
        }

        for (var c = 0; c < candidates.Count; c++)
        {
            if (round.Votes[c] < 0)
            {
                return Text($"round {number} gives {candidates[c]} a negative number of votes ({round.Votes[c]})");
            }

            if (round.Votes[c] > 0 && !continuing.Contains(c))
            {
                return Text($"round {number} gives {round.Votes[c]} votes to {candidates[c]}, who was excluded in an earlier round");
            }
        }

        if (round.Blank < 0)
        {
            return Text($"round {number} gives a negative number of blank votes ({round.Blank})");
        }

        var cast = continuing.Sum(c => round.Votes[c]);
        if (cast == 0)
        {
            return Text($"round {number} has no votes for any candidate");
        }

        if (options.MaxVotesPerRound is { } max && checked(cast + round.Blank) > max)
        {
            return Text($"round {number} has {cast + round.Blank} votes and blanks, more than the {max} voters admitted");
        }

        if (round.LotExcluded is { } lot && (lot < 0 || lot >= candidates.Count))
        {
            return Text($"round {number} records the lot excluding candidate {lot + 1}; there are {candidates.Count}");
        }

        return null;
    }

    /// <summary>The most recent earlier round in which exactly one of the tied had the fewest votes among them.</summary>
    private static (int Candidate, int Round)? LookBack(List<int> tied, List<ExhaustiveRoundResult> earlier)
    {
        for (var r = earlier.Count - 1; r >= 0; r--)
        {
            var votes = earlier[r].Votes;
            var fewest = tied.Min(c => votes[c]);
            var lowest = tied.Where(c => votes[c] == fewest).ToList();
            if (lowest.Count == 1)
            {
                return (lowest[0], earlier[r].Number);
            }
        }

        return null;
    }

    private static ExhaustiveCount Decided(List<ExhaustiveRoundResult> results, int entered, int winner, ExhaustiveDecision decision)
    {
        var decidedIn = results.Count;
        return entered > decidedIn
            ? Invalid(results, [winner], decidedIn + 1, Text($"the ballot was decided in round {decidedIn}; round {decidedIn + 1} is not needed"))
            : new() { State = ExhaustiveState.Decided, Rounds = results, Continuing = [winner], Winner = winner, Decision = decision };
    }

    private static ExhaustiveCount Invalid(List<ExhaustiveRoundResult> results, List<int> continuing, int round, string problem) =>
        new() { State = ExhaustiveState.Invalid, Rounds = results, Continuing = [.. continuing], Problem = problem, ProblemRound = round };

    private static string Names(List<int> candidates, IReadOnlyList<string> names) => string.Join(", ", candidates.Select(c => names[c]));

    private static string Text(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
