using System.Globalization;

namespace Omov.Elections.Secrecy.Ballots;

/// <summary>
/// The contests of one ballot event, as the plaintext format needs them, and the fixed size every
/// ballot plaintext of the event is padded to: the size of the longest possible ballot (every
/// contest, every allowed choice used). All ballots of an event then seal to the same length, so
/// a sealed ballot does not show how many preferences its voter gave, nor which contests they had.
/// </summary>
public sealed class BallotLayout
{
    /// <summary>The largest contest or candidate number (they are written as 16-bit numbers).</summary>
    public const int MaxNumber = ushort.MaxValue;

    private readonly Dictionary<int, ContestLayout> _byNumber;

    /// <summary>A layout of these contests. Throws for a layout that could not be right (a programming error).</summary>
    public BallotLayout(IEnumerable<ContestLayout> contests)
    {
        ArgumentNullException.ThrowIfNull(contests);
        Contests = [.. contests.OrderBy(c => c.Contest)];
        _byNumber = [];
        foreach (var contest in Contests)
        {
            if (contest.Contest is < 1 or > MaxNumber || contest.Candidates is < 1 or > MaxNumber
                || contest.Kind is not (ChoiceKind.Ranking or ChoiceKind.Selection)
                || contest.MaxChoices < 1 || contest.MaxChoices > contest.Candidates
                || !_byNumber.TryAdd(contest.Contest, contest))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Contest {contest.Contest} has an impossible layout."), nameof(contests));
            }
        }

        PaddedSize = BallotEncoding.HeaderLength + Contests.Sum(c => BallotEncoding.ContestHeaderLength + (2 * c.MaxChoices));
    }

    /// <summary>The contests, by increasing number.</summary>
    public IReadOnlyList<ContestLayout> Contests { get; }

    /// <summary>The length, in bytes, of every encoded plaintext for this event.</summary>
    public int PaddedSize { get; }

    /// <summary>The contest with this number, or null.</summary>
    public ContestLayout? Find(int contest) => _byNumber.GetValueOrDefault(contest);

    /// <summary>
    /// Every way <paramref name="ballot"/> does not fit this layout; empty when it fits. The
    /// messages name contests but never which candidates were chosen.
    /// </summary>
    public IReadOnlyList<string> Check(BallotPlaintext ballot)
    {
        ArgumentNullException.ThrowIfNull(ballot);
        var problems = new List<string>();
        var seen = new HashSet<int>();
        foreach (var choice in ballot.Choices)
        {
            var problem = CheckChoice(choice, seen);
            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>What is wrong with one choice, or null. Shared with decoding so both enforce the same rules.</summary>
    internal string? CheckChoice(ContestChoice choice, HashSet<int> seen)
    {
        var contest = Find(choice.Contest);
        if (contest is null)
        {
            return Say($"Contest {choice.Contest} is not on this event's ballot.");
        }

        if (!seen.Add(choice.Contest))
        {
            return Say($"Contest {choice.Contest} appears more than once.");
        }

        return choice.Kind switch
        {
            ChoiceKind.Blank or ChoiceKind.Spoilt => choice.Candidates.Count == 0 ? null
                : Say($"A blank or spoilt choice in contest {choice.Contest} names candidates."),
            ChoiceKind.Ranking or ChoiceKind.Selection when choice.Kind != contest.Kind =>
                Say($"Contest {choice.Contest} takes a {Name(contest.Kind)}, not a {Name(choice.Kind)}."),
            ChoiceKind.Ranking or ChoiceKind.Selection => CheckCandidates(choice, contest),
            _ => Say($"The choice in contest {choice.Contest} is of an unknown kind."),
        };
    }

    private static string? CheckCandidates(ContestChoice choice, ContestLayout contest)
    {
        var candidates = choice.Candidates;
        if (candidates.Count == 0)
        {
            return Say($"The {Name(choice.Kind)} in contest {choice.Contest} names no candidate; a ballot with no choice there is blank.");
        }

        if (candidates.Count > contest.MaxChoices)
        {
            return Say($"The {Name(choice.Kind)} in contest {choice.Contest} names more candidates than the {contest.MaxChoices} allowed.");
        }

        if (candidates.Any(c => c < 1 || c > contest.Candidates))
        {
            return Say($"The {Name(choice.Kind)} in contest {choice.Contest} names a candidate number outside 1-{contest.Candidates}.");
        }

        if (candidates.Distinct().Count() != candidates.Count)
        {
            return Say($"The {Name(choice.Kind)} in contest {choice.Contest} names a candidate more than once.");
        }

        if (choice.Kind == ChoiceKind.Selection && !candidates.Order().SequenceEqual(candidates))
        {
            return Say($"The selection in contest {choice.Contest} is not in increasing candidate order.");
        }

        return null;
    }

    private static string Name(ChoiceKind kind) => kind == ChoiceKind.Ranking ? "ranking" : "selection";

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
