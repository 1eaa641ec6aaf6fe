using System.Globalization;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;

namespace Omov.Web.Voting;

/// <summary>
/// Reads the marks on a web ballot. Marks are kept as typed, keyed "contest_candidate" (numbers as
/// in the sealed layout): a preference number for a ranked contest, "x" for a tick. Refused:
/// a number that is not 1..n, a number given to two candidates, more ticks than seats. Read with a
/// warning: skipped numbers (preferences are taken in the order given) and a contest left blank.
/// </summary>
internal static class BallotReader
{
    public const string FieldPrefix = "m";

    public const string Tick = "x";

    public static string Key(int contest, int candidate) => string.Create(CultureInfo.InvariantCulture, $"{contest}_{candidate}");

    /// <summary>The marks in a posted form (fields named m{contest}_{candidate}), only for the voter's contests.</summary>
    public static Dictionary<string, string> FromForm(IEnumerable<KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues>> form, IReadOnlyList<(int Number, EventContest Contest)> contests)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(contests);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, contest) in contests)
        {
            foreach (var candidate in contest.Candidates)
            {
                allowed.Add(Key(number, candidate.Number));
            }
        }

        var marks = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in form)
        {
            if (name.StartsWith(FieldPrefix, StringComparison.Ordinal) && allowed.Contains(name[FieldPrefix.Length..]))
            {
                var value = (values.LastOrDefault() ?? "").Trim();
                if (value.Length is > 0 and <= 10)
                {
                    marks[name[FieldPrefix.Length..]] = value;
                }
            }
        }

        return marks;
    }

    public static IReadOnlyList<ContestReading> Read(IReadOnlyList<(int Number, EventContest Contest)> contests, IReadOnlyDictionary<string, string> marks, VoteText text)
    {
        ArgumentNullException.ThrowIfNull(contests);
        ArgumentNullException.ThrowIfNull(marks);
        return [.. contests.Select(c => c.Contest.IsRanked ? ReadRanking(c.Number, c.Contest, marks, text) : ReadTicks(c.Number, c.Contest, marks, text))];
    }

    private static ContestReading ReadRanking(int number, EventContest contest, IReadOnlyDictionary<string, string> marks, VoteText text)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var n = contest.Candidates.Count;
        var given = new List<(int Rank, EventCandidate Candidate)>();
        foreach (var candidate in contest.Candidates)
        {
            if (!marks.TryGetValue(Key(number, candidate.Number), out var typed) || typed.Length == 0)
            {
                continue;
            }

            if (!int.TryParse(typed, NumberStyles.None, CultureInfo.InvariantCulture, out var rank) || rank < 1 || rank > n)
            {
                errors.Add(text.RankNotNumber(contest.Title, candidate.Name, n));
                continue;
            }

            given.Add((rank, candidate));
        }

        foreach (var same in given.GroupBy(g => g.Rank).Where(g => g.Count() > 1).OrderBy(g => g.Key))
        {
            errors.Add(text.RankDuplicate(contest.Title, same.Key, string.Join(", ", same.Select(s => s.Candidate.Name))));
        }

        var ordered = given.OrderBy(g => g.Rank).Select(g => g.Candidate).ToList();
        if (errors.Count == 0 && given.Count > 0)
        {
            var missing = Enumerable.Range(1, given.Max(g => g.Rank)).Except(given.Select(g => g.Rank)).ToList();
            if (missing.Count > 0)
            {
                warnings.Add(text.RankSkipped(contest.Title, string.Join(", ", missing.Select(m => m.ToString(CultureInfo.InvariantCulture)))));
            }
        }

        if (errors.Count == 0 && given.Count == 0)
        {
            warnings.Add(text.LeftBlank(contest.Title));
        }

        var choice = errors.Count > 0 || ordered.Count == 0 ? ContestChoice.Blank(number) : ContestChoice.Ranking(number, ordered.Select(c => c.Number));
        return new ContestReading(number, contest, choice, errors.Count > 0 ? [] : ordered, errors, warnings);
    }

    private static ContestReading ReadTicks(int number, EventContest contest, IReadOnlyDictionary<string, string> marks, VoteText text)
    {
        var errors = new List<string>();
        var warnings = new List<string>();
        var ticked = contest.Candidates.Where(c => marks.ContainsKey(Key(number, c.Number))).ToList();
        var allowed = Math.Min(contest.Seats, contest.Candidates.Count);
        if (ticked.Count > allowed)
        {
            errors.Add(text.TooManyMarks(contest.Title, allowed, ticked.Count));
        }
        else if (ticked.Count == 0)
        {
            warnings.Add(text.LeftBlank(contest.Title));
        }

        var choice = errors.Count > 0 || ticked.Count == 0 ? ContestChoice.Blank(number) : ContestChoice.Selection(number, ticked.Select(c => c.Number));
        return new ContestReading(number, contest, choice, errors.Count > 0 ? [] : ticked, errors, warnings);
    }
}
