using System.Globalization;

namespace Omov.Web.Voting;

internal sealed partial class VoteText
{
    public static readonly VoteText English = new()
    {
        Lang = "en-GB",
        Code = "en",
        Other = ("cy", "cy", "Cymraeg"),
        LanguageNav = "Language",
        SkipLink = "Skip to main content",
        Footer = "Omov — one member, one vote. Your vote is secret.",
        ProblemTitle = "There is a problem",

        EnterTitle = "Cast your vote",
        EnterIntro = "Enter the voting code from your ballot email or letter. You can also open the link in the email, or scan the QR code on the letter.",
        CodeLabel = "Voting code",
        CodeHint = "28 letters and digits, in groups of four. Spaces, dashes and capital letters do not matter.",
        Continue = "Continue",
        EnterCodeLink = "Enter your voting code",

        CodeEmpty = "Enter the voting code from your ballot email or letter.",
        CodeMistyped = "This voting code has a mistake in it: a character is wrong, or two are the wrong way round. Check it against your ballot email or letter.",
        CodeWrongLength = count => S($"A voting code has 28 letters and digits; you entered {count}. Check you have copied all of it."),
        CodeInvalidCharacter = position => S($"Character {position} of the code is not used in voting codes, which have only digits and the letters A to Z except U."),
        CodeUnknown = "We do not recognise this voting code. Check it against your latest ballot email or letter.",
        CodeRevoked = "This voting code has been replaced by a newer one. Use the code in your latest email or letter.",
        CodeVotedByPost = "Your postal vote has been received, so this code can no longer be used. Your vote cannot be changed.",
        CodeWithdrawn = "This voting code has been withdrawn. Contact the returning officer if you think this is wrong.",
        AlreadyVotedTitle = "You have already voted",
        AlreadyVoted = "You have already voted in this ballot. Your vote cannot be changed.",
        Closed = title => $"Voting in {title} has closed. Votes can no longer be cast.",
        NotOpenYet = title => $"Voting in {title} has not opened yet.",
        NotReady = title => $"Voting in {title} is not ready yet. Try again later.",
        CannotVoteTitle = "You cannot vote with this code",
        SessionExpired = "Your session has ended, so nothing was cast. Enter your voting code again to vote.",

        BallotTitle = "Your ballot",
        BallotIntro = n => n == 1 ? "You have a vote in the contest below. Your vote is secret." : S($"You have a vote in each of the {n} contests below. Your vote is secret."),
        ClosesAt = when => $"Voting closes at {when}.",
        RankHowTo = "Write 1 in the box next to your first choice, 2 next to your second choice, and so on.",
        MarkHowTo = seats => seats == 1 ? "Tick one candidate." : S($"Tick up to {seats} candidates."),
        RankBoxHint = n => S($"A number from 1 to {n}, or leave it empty."),
        PreferenceFor = "Your number for",
        StatementBy = name => $"Statement by {name}",
        CheckVotes = "Check my votes",

        RankNotNumber = (contest, name, n) => S($"{contest}: the number for {name} must be a whole number from 1 to {n}."),
        RankDuplicate = (contest, number, names) => S($"{contest}: you gave the number {number} to more than one candidate ({names}). Use each number once."),
        TooManyMarks = (contest, seats, count) => S($"{contest}: you may tick up to {seats} {Plural(seats, "candidate", "candidates")}; you ticked {count}."),
        RankSkipped = (contest, missing) => $"{contest}: your numbers skip {missing}. Your preferences will be read in the order you gave them, as shown below.",
        LeftBlank = contest => $"{contest}: you have not voted. This contest will be left blank.",

        ReviewTitle = "Check your votes",
        ReviewIntro = "Check your votes below. When you cast your vote it is sealed and put in the ballot box, and it cannot be changed.",
        ReviewWarningsTitle = "Please check",
        BlankContest = "No vote (left blank)",
        ChangeVotes = "Change my votes",
        CastVote = "Cast my vote",
        CastWarning = "Once you have cast your vote, it cannot be changed.",

        ReceiptTitle = "Your vote has been cast",
        ReceiptThanks = "Thank you. Your vote has been sealed and put in the ballot box. It cannot be changed.",
        TrackingLabel = "Your tracking code",
        TrackingHelp = "Write this code down or keep a screenshot. It does not show how you voted. You can check that your ballot is in the box on the public bulletin board.",
        BoardLink = "See the bulletin board",

        BoardTitle = title => $"Bulletin board: {title}",
        BoardIntro = "Every sealed ballot in the box is listed here by its tracking code. The codes say nothing about who voted or how.",
        BoardCount = n => S($"{n} {(n == 1 ? "ballot" : "ballots")} in the box."),
        BoardSearchLabel = "Check your tracking code",
        BoardSearchHint = "16 letters and digits, from the page you saw after voting.",
        BoardSearchButton = "Check",
        BoardFound = code => $"Your ballot {code} is in the box.",
        BoardNotFound = code => $"No ballot with the tracking code {code} is in the box. Check you typed it correctly.",
        BoardInvalid = "A tracking code has 16 letters and digits. Check you typed all of it.",
        BoardListTitle = "Tracking codes",
        PageOf = (page, pages) => S($"Page {page} of {pages}"),
        NextPage = "Next page",
        PreviousPage = "Previous page",

        TooManyTitle = "Too many attempts",
        TooMany = "Too many voting codes have been tried from your internet connection. Wait a minute, then check your code and try again.",

        Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    };

    private static string S(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
