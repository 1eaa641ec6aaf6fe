using System.Globalization;
using Omov.Counting;
using Omov.Counting.Ballots;
using Omov.Counting.Methods.Av;
using Omov.Counting.Methods.Exhaustive;
using Omov.Counting.Ties;
using Omov.Elections.Meetings;

namespace Omov.Data.Meetings;

/// <summary>Where one contest of a meeting stands, from its stored rounds: the exhaustive ballot's state, or the AV count of the papers.</summary>
public static class ContestTally
{
    /// <summary>The contest as the minutes show it. <paramref name="attended"/> caps the votes of a round.</summary>
    public static MinutesContest Of(Guid meetingId, int index, MeetingContest contest, IReadOnlyList<StoredRound> rounds, int attended)
    {
        ArgumentNullException.ThrowIfNull(contest);
        ArgumentNullException.ThrowIfNull(rounds);
        return contest.Method == MeetingVotingMethod.Alternative
            ? Alternative(meetingId, index, contest, rounds.FirstOrDefault(r => r.Papers is not null)?.Papers)
            : Exhaustive(index, contest, Count(contest, [.. rounds.Where(r => r.Round is not null).Select(r => r.Round!)], attended));
    }

    /// <summary>The exhaustive count of <paramref name="rounds"/> for <paramref name="contest"/>.</summary>
    public static ExhaustiveCount Count(MeetingContest contest, IReadOnlyList<ExhaustiveRound> rounds, int attended)
    {
        ArgumentNullException.ThrowIfNull(contest);
        return ExhaustiveBallot.Count(contest.Candidates, rounds, new ExhaustiveOptions(contest.TieRule, attended));
    }

    /// <summary>Counts the papers of an AV contest; the problem names the line when the text is wrong.</summary>
    public static (CountResult? Result, long Papers, string? Problem) CountPapers(Guid meetingId, MeetingContest contest, string papers)
    {
        ArgumentNullException.ThrowIfNull(contest);
        var (parsed, problem) = PaperBallots.Parse(papers, contest.Candidates.Count);
        if (problem is not null)
        {
            return (null, 0, problem);
        }

        var builder = new BallotBoxBuilder(contest.Candidates.Count);
        foreach (var paper in parsed)
        {
            if (paper.Ranking.Count == 0)
            {
                builder.AddEmpty(paper.Count);
            }
            else
            {
                builder.Add([.. paper.Ranking], paper.Count);
            }
        }

        var box = builder.Build(contest.Name, 1, contest.Candidates);
        if (box.RankingCount == 0)
        {
            return (null, 0, "every paper is blank");
        }

        // The lot's seed is the meeting, fixed before the papers are counted, so a recount draws the same.
        var options = new CountOptions { TieBreak = new TieBreakOptions { Seed = meetingId.ToString("D") } };
        return (new AvMethod().Count(box, options), parsed.Sum(p => p.Count), null);
    }

    private static MinutesContest Exhaustive(int index, MeetingContest contest, ExhaustiveCount count)
    {
        var names = contest.Candidates;
        var rounds = count.Rounds.Select(r => new MinutesRound(
            r.Number,
            [.. names.Select((name, c) => new MinutesFigure(name, r.Continuing.Contains(c) ? r.Votes[c] : null))],
            r.Cast,
            r.Blank,
            r.MajorityNeeded,
            r.Winner is { } w ? names[w] : null,
            r.Excluded is { } e ? names[e] : null,
            r.Exclusion switch
            {
                ExhaustiveExclusion.Lowest => "lowest",
                ExhaustiveExclusion.LookBack => string.Create(CultureInfo.InvariantCulture, $"tied for lowest; fewer votes in round {r.LookBackRound}"),
                ExhaustiveExclusion.Lot => "tied for lowest; excluded by lot",
                _ => null,
            })).ToList();
        return new MinutesContest(
            index,
            contest.Name,
            contest.Candidates,
            "exhaustive",
            State(count.State),
            rounds,
            count.State == ExhaustiveState.AwaitingRound ? [.. count.Continuing.Select(c => names[c])] : [],
            [.. count.TiedForLot.Select(c => names[c])],
            count.Winner is { } winner ? names[winner] : null,
            count.Decision switch { ExhaustiveDecision.Majority => "majority", ExhaustiveDecision.LastRemaining => "last-remaining", _ => null },
            count.Problem);
    }

    private static MinutesContest Alternative(Guid meetingId, int index, MeetingContest contest, string? papers)
    {
        if (papers is null)
        {
            return new MinutesContest(index, contest.Name, contest.Candidates, "av", "awaiting-round", [], contest.Candidates, [], null, null, null);
        }

        var (result, _, problem) = CountPapers(meetingId, contest, papers);
        if (result is null)
        {
            return new MinutesContest(index, contest.Name, contest.Candidates, "av", "invalid", [], [], [], null, null, problem);
        }

        var rounds = new List<MinutesRound>();
        var standing = Enumerable.Range(0, contest.Candidates.Count).ToHashSet();
        foreach (var stage in result.Stages.Where(s => s.Action != StageAction.Declaration))
        {
            var votes = stage.Votes.Select(v => v.Units / Omov.Counting.Arithmetic.Votes.UnitsPerVote).ToArray();
            var cast = standing.Sum(c => votes[c]);
            rounds.Add(new MinutesRound(
                stage.Number,
                [.. contest.Candidates.Select((name, c) => new MinutesFigure(name, standing.Contains(c) ? votes[c] : null))],
                cast,
                stage.NonTransferable.Units / Omov.Counting.Arithmetic.Votes.UnitsPerVote,
                (cast / 2) + 1,
                stage.Elected.Count > 0 ? contest.Candidates[stage.Elected[0]] : null,
                stage.Excluded.Count > 0 ? string.Join(", ", stage.Excluded.Select(c => contest.Candidates[c])) : null,
                stage.Excluded.Count > 0 ? (result.TieBreaks.Any(t => t.Stage == stage.Number) ? "tied for lowest; settled by look-back or lot" : "lowest") : null));
            standing.ExceptWith(stage.Excluded);
        }

        var winner = result.Elected.Count > 0 ? contest.Candidates[result.Elected[0]] : null;
        return new MinutesContest(index, contest.Name, contest.Candidates, "av", winner is null ? "invalid" : "decided", rounds, [], [], winner, winner is null ? null : "av", null);
    }

    private static string State(ExhaustiveState state) => state switch
    {
        ExhaustiveState.AwaitingRound => "awaiting-round",
        ExhaustiveState.AwaitingLot => "awaiting-lot",
        ExhaustiveState.Decided => "decided",
        _ => "invalid",
    };
}
