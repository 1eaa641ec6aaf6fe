using System.Globalization;
using Omov.Counting;
using Omov.Counting.Methods;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Events;

/// <summary>
/// What is wrong with a ballot event, in plain English naming the contest and candidate. A draft
/// may be incomplete (<see cref="DraftProblems"/>); an event must have no problems at all to be
/// scheduled (<see cref="Problems"/>).
/// </summary>
public static class BallotEventValidator
{
    /// <summary>Problems that make even a draft unusable: bad codes, unknown methods, impossible constraints, dates out of order.</summary>
    public static IReadOnlyList<string> DraftProblems(BallotEvent ballotEvent)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        var problems = new List<string>();
        if (!IsCode(ballotEvent.Code))
        {
            problems.Add("The event code must be 2 to 64 lowercase letters, digits and '-', starting with a letter.");
        }

        if (string.IsNullOrWhiteSpace(ballotEvent.Title))
        {
            problems.Add("The event needs a title.");
        }

        if (ZoneTime.Find(ballotEvent.TimeZone) is null)
        {
            problems.Add($"The time zone '{ballotEvent.TimeZone}' is not known.");
        }

        problems.AddRange(ballotEvent.Timetable.Problems());
        foreach (var duplicate in ballotEvent.Contests.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"Two contests have the code '{duplicate.Key}'.");
        }

        foreach (var contest in ballotEvent.Contests)
        {
            problems.AddRange(ContestProblems(contest));
        }

        return problems;
    }

    /// <summary>Every problem, including what a draft may still lack (contests, enough candidates).</summary>
    public static IReadOnlyList<string> Problems(BallotEvent ballotEvent)
    {
        var problems = DraftProblems(ballotEvent).ToList();
        if (ballotEvent.Contests.Count == 0)
        {
            problems.Add("The event has no contests.");
        }

        foreach (var contest in ballotEvent.Contests.Where(c => c.Candidates.Count < c.Seats || c.Candidates.Count == 0))
        {
            problems.Add($"{contest.Title}: {Count(contest.Candidates.Count, "candidate")} for {Count(contest.Seats, "seat")}; a contest needs at least as many candidates as seats.");
        }

        return problems;
    }

    private static IEnumerable<string> ContestProblems(EventContest contest)
    {
        var name = string.IsNullOrWhiteSpace(contest.Title) ? contest.Code : contest.Title;
        if (!IsCode(contest.Code))
        {
            yield return $"{name}: the contest code must be 2 to 64 lowercase letters, digits and '-', starting with a letter.";
        }

        if (string.IsNullOrWhiteSpace(contest.Title))
        {
            yield return $"Contest {contest.Code} needs a title.";
        }

        if (CountingMethods.Find(contest.Method) is null)
        {
            yield return $"{name}: the counting method '{contest.Method}' is not known (one of {string.Join(", ", CountingMethods.All.Select(m => m.Name))}).";
        }

        if (contest.Seats < 1)
        {
            yield return $"{name}: a contest elects at least one.";
        }
        else if (contest.Method is "av" or "fptp" && contest.Seats != 1)
        {
            yield return $"{name}: {contest.Method} elects exactly one; use block or an STV method for {contest.Seats} seats.";
        }

        if (string.IsNullOrWhiteSpace(contest.RollContest))
        {
            yield return $"{name}: say whose roll votes in it (the stored contest with the rulebook).";
        }

        for (var i = 0; i < contest.Candidates.Count; i++)
        {
            var candidate = contest.Candidates[i];
            if (candidate.Number != i + 1)
            {
                yield return $"{name}: candidate {i + 1} is numbered {candidate.Number}; number candidates 1, 2, 3… in ballot order.";
            }

            if (string.IsNullOrWhiteSpace(candidate.Name))
            {
                yield return $"{name}: candidate {i + 1} has no name.";
            }
        }

        foreach (var duplicate in contest.Candidates.GroupBy(c => c.Name.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1 && g.Key.Length > 0))
        {
            yield return $"{name}: two candidates are called {duplicate.Key}; add something to tell them apart.";
        }

        foreach (var limit in contest.Limits)
        {
            var inGroup = contest.Candidates.Count(c => c.Groups.Contains(limit.Group, StringComparer.Ordinal));
            if (limit.Count < 0 || (limit.Kind == GroupLimitKind.Minimum && limit.Count > contest.Seats))
            {
                yield return $"{name}: at least {limit.Count} {limit.Group} cannot be met with {Count(contest.Seats, "seat")}.";
            }
            else if (limit.Kind == GroupLimitKind.Minimum && contest.Candidates.Count > 0 && inGroup < limit.Count)
            {
                yield return $"{name}: at least {limit.Count} {limit.Group} are needed but only {inGroup} candidate{(inGroup == 1 ? " is" : "s are")} in that group.";
            }
        }

        var minimums = contest.Limits.Where(l => l.Kind == GroupLimitKind.Minimum).Sum(l => Math.Max(0, l.Count));
        if (minimums > contest.Seats)
        {
            yield return $"{name}: the group minimums add up to {minimums}, more than the {Count(contest.Seats, "seat")}.";
        }
    }

    private static bool IsCode(string? code) =>
        code is { Length: >= 2 and <= 64 } && code[0] is >= 'a' and <= 'z' && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + noun + (n == 1 ? "" : "s");
}
