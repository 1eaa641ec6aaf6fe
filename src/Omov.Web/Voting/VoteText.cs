using System.Globalization;

namespace Omov.Web.Voting;

/// <summary>
/// Every word a voter reads on the voting pages and the bulletin board, in English and in Welsh.
/// The Welsh was drafted by the developers and must be checked by a Welsh speaker before use
/// (docs/voting.md). Numbers are written with the invariant culture: the server runs with
/// invariant globalization, so dates are spelt out here rather than by a culture.
/// </summary>
internal sealed partial class VoteText
{
    /// <summary>The language's tag for <c>lang</c> attributes.</summary>
    public required string Lang { get; init; }

    /// <summary>The short code in the language cookie and switch link (en, cy).</summary>
    public required string Code { get; init; }

    /// <summary>The other language's code and its name in that language, for the switch.</summary>
    public required (string Code, string Lang, string Name) Other { get; init; }

    public required string LanguageNav { get; init; }
    public required string SkipLink { get; init; }
    public required string Footer { get; init; }
    public required string ProblemTitle { get; init; }

    public required string EnterTitle { get; init; }
    public required string EnterIntro { get; init; }
    public required string CodeLabel { get; init; }
    public required string CodeHint { get; init; }
    public required string Continue { get; init; }
    public required string EnterCodeLink { get; init; }

    public required string CodeEmpty { get; init; }
    public required string CodeMistyped { get; init; }
    public required Func<int, string> CodeWrongLength { get; init; }
    public required Func<int, string> CodeInvalidCharacter { get; init; }
    public required string CodeUnknown { get; init; }
    public required string CodeRevoked { get; init; }
    public required string CodeVotedByPost { get; init; }
    public required string CodeWithdrawn { get; init; }
    public required string AlreadyVotedTitle { get; init; }
    public required string AlreadyVoted { get; init; }
    public required Func<string, string> Closed { get; init; }
    public required Func<string, string> NotOpenYet { get; init; }
    public required Func<string, string> NotReady { get; init; }
    public required string CannotVoteTitle { get; init; }
    public required string SessionExpired { get; init; }

    public required string BallotTitle { get; init; }
    public required Func<int, string> BallotIntro { get; init; }
    public required Func<string, string> ClosesAt { get; init; }
    public required string RankHowTo { get; init; }
    public required Func<int, string> MarkHowTo { get; init; }
    public required Func<int, string> RankBoxHint { get; init; }
    public required string PreferenceFor { get; init; }
    public required Func<string, string> StatementBy { get; init; }
    public required string CheckVotes { get; init; }

    public required Func<string, string, int, string> RankNotNumber { get; init; }
    public required Func<string, int, string, string> RankDuplicate { get; init; }
    public required Func<string, int, int, string> TooManyMarks { get; init; }
    public required Func<string, string, string> RankSkipped { get; init; }
    public required Func<string, string> LeftBlank { get; init; }

    public required string ReviewTitle { get; init; }
    public required string ReviewIntro { get; init; }
    public required string ReviewWarningsTitle { get; init; }
    public required string BlankContest { get; init; }
    public required string ChangeVotes { get; init; }
    public required string CastVote { get; init; }
    public required string CastWarning { get; init; }

    public required string ReceiptTitle { get; init; }
    public required string ReceiptThanks { get; init; }
    public required string TrackingLabel { get; init; }
    public required string TrackingHelp { get; init; }
    public required string BoardLink { get; init; }

    public required Func<string, string> BoardTitle { get; init; }
    public required string BoardIntro { get; init; }
    public required Func<long, string> BoardCount { get; init; }
    public required string BoardSearchLabel { get; init; }
    public required string BoardSearchHint { get; init; }
    public required string BoardSearchButton { get; init; }
    public required Func<string, string> BoardFound { get; init; }
    public required Func<string, string> BoardNotFound { get; init; }
    public required string BoardInvalid { get; init; }
    public required string BoardListTitle { get; init; }
    public required Func<int, int, string> PageOf { get; init; }
    public required string NextPage { get; init; }
    public required string PreviousPage { get; init; }

    public required string TooManyTitle { get; init; }
    public required string TooMany { get; init; }

    public required IReadOnlyList<string> Months { get; init; }

    /// <summary>The text for a language code; English for anything else.</summary>
    public static VoteText For(string? code) => code == Welsh.Code ? Welsh : English;

    /// <summary>An instant as the organisation reads it, e.g. "17:00, 2 April 2020".</summary>
    public string When(DateTimeOffset instant, string timeZone)
    {
        var zone = TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        var local = TimeZoneInfo.ConvertTime(instant, zone);
        return string.Create(CultureInfo.InvariantCulture, $"{local:HH:mm}, {local.Day} {Months[local.Month - 1]} {local.Year}");
    }

    private static string Plural(int n, string one, string many) => n == 1 ? one : many;
}
