using System.Globalization;

namespace Omov.Counting.Blt;

/// <summary>
/// The wording of every BLT error, in one place so that it stays consistent and can be
/// reviewed (and one day translated) as a whole.
/// </summary>
/// <remarks>
/// Messages name the problem and what was expected, in words a returning officer can act
/// on. They never repeat ballot contents or names: at most the offending character or the
/// size of a number, since a published error must not leak a voter's choices.
/// </remarks>
internal static class BltMessages
{
    private const string HeaderShape = "the first line must be '<candidates> <seats>', two whole numbers";

    public static string EmptyFile => "the file is empty: expected a header line '<candidates> <seats>'";

    public static string OnlyComments => "the file holds only comments and blank lines: expected a header line '<candidates> <seats>'";

    public static string HeaderNotNumber => $"this is not a number: {HeaderShape}";

    public static string HeaderMissingSeats => $"the number of seats is missing: {HeaderShape}";

    public static string HeaderExtra => $"unexpected text after the number of seats: {HeaderShape}";

    public static string NoCandidates => "the header says 0 candidates: a contest needs at least one";

    public static string NegativeInHeader => $"a negative number cannot appear in the header: {HeaderShape}";

    public static string Unreadable(string reason) => $"the file could not be read: {reason}";

    public static string TooLarge => "the file is too large to read (more than 2 GB)";

    public static string TooManyCandidates(string digits) =>
        digits.Length <= 20
            ? Format($"the header says {Grouped(digits)} candidates: at most {BltReader.MaxCandidates:N0} are supported")
            : Format($"the number of candidates ({digits.Length} digits) is too large: at most {BltReader.MaxCandidates:N0} are supported");

    public static string BadSeats(long seats, int candidates) =>
        seats == 0
            ? "the header says 0 seats: at least one seat must be filled"
            : Format($"the header says {seats:N0} seats but only {candidates:N0} candidates: seats must be between 1 and the number of candidates");

    public static string SeatsTooLarge(int candidates) =>
        Format($"the number of seats is larger than the {candidates:N0} candidates: seats must be between 1 and the number of candidates");

    public static string WeightTooLarge =>
        Format($"this ballot weight is too large: at most {BltReader.MaxWeightPerLine:N0} ballots per line");

    public static string TotalTooLarge =>
        Format($"the ballots add up to more than {BltReader.MaxTotalWeight:N0}, the most a file may hold");

    public static string NegativeWeight => "a ballot weight must be a positive whole number; only the line straight after the header may hold negative numbers (withdrawn candidates)";

    public static string ZeroWeight => "a ballot weight must be a positive whole number, but this line's weight is 0 (a line holding only 0 ends the ballots)";

    public static string CandidateOutOfRange(string digits, int candidates) =>
        digits.Length <= 20
            ? Format($"candidate {digits.TrimStart('0')} is out of range: this election has {candidates:N0} candidates")
            : Format($"a candidate number of {digits.Length} digits is out of range: this election has {candidates:N0} candidates");

    public static string NegativeCandidate(int candidates) =>
        Format($"a candidate number cannot be negative: candidates are numbered 1 to {candidates:N0}");

    public static string MissingClosingZero => "this ballot line does not end in 0: each ballot is '<weight> <candidate> ... 0'";

    public static string EndsInsideBallotLine => "the file ends in the middle of a ballot line (no closing 0, no end of ballots, no names)";

    public static string EndsInsideBallots => "the file ends inside the ballots: the line '0' that ends them, the candidate names and the title are missing";

    public static string EndsBeforeNames => "the file ends after the ballots: the candidate names and the title are missing";

    public static string ExpectedBallot(string found) =>
        $"expected a ballot line '<weight> <candidate> ... 0' or the line '0' that ends the ballots, but found {found}";

    public static string ExpectedCandidate(string found) =>
        $"expected a candidate number or the closing 0, but found {found}";

    public static string ExpectedNumber(string found) =>
        $"expected a whole number, but found {found}";

    public static string AfterClosingZero(string found) =>
        $"unexpected {found} after the closing 0 of a ballot line";

    public static string EqualWithoutCandidate => "'=' must join two candidate numbers, as in '2=3'";

    public static string CommaNotSeparator =>
        "',' is not expected here: commas separate fields only in files whose header line ends in a comma";

    public static string BallotIdNotClosed => "the ballot id that starts here has no closing ')'";

    public static string WithdrawnNotNegative =>
        "a withdrawn line holds only negative candidate numbers, such as '-2 -5'";

    public static string OptionAfterBallots(string option) =>
        $"the option [{option}] must come before the first ballot";

    public static string LoneCarriageReturn =>
        "a carriage return alone ends a line here (old Mac line ends); save the file with LF or CRLF line ends";

    public static string UnknownOption(string option) =>
        $"unknown option [{option}]: only [withdrawn <candidate> ...] is understood";

    public static string OptionNotClosed => "the option that starts here has no closing ']'";

    public static string ControlCharacter(byte value) =>
        Format($"the file holds a control character (byte 0x{value:X2}) that cannot appear in a BLT file");

    public static string InvalidUtf8(byte value) =>
        Format($"the file holds bytes that are not valid UTF-8 text (starting with byte 0x{value:X2}); save it as UTF-8");

    public static string QuoteNotClosed => "the quoted text that starts here has no closing '\"'";

    public static string EmptyName(int candidate) =>
        Format($"the name of candidate {candidate} is empty");

    public static string MissingNames(int found, int candidates) =>
        Format($"only {found:N0} of the {candidates:N0} candidate names are given: after the '0' line each candidate needs a name line, then comes the title");

    public static string ExtraText(int candidates) =>
        Format($"unexpected text after the title: the header declares {candidates:N0} candidates, so the ballots are followed by {candidates:N0} names and one title");

    public static string BadAlternativeName =>
        "expected '# ALTERNATIVE NAME <candidate>: <name>'";

    public static string AlternativeNameOutOfRange(string digits, int candidates) =>
        CandidateOutOfRange(digits, candidates);

    /// <summary>How an unexpected character is named in a message: quoted if printable, by number if not.</summary>
    public static string Describe(int rune) =>
        rune is '\'' ? "a quote (')" : rune >= 0x20 && rune != 0x7F
            ? $"'{char.ConvertFromUtf32(rune)}'"
            : Format($"character U+{rune:X4}");

    private static string Grouped(string digits)
    {
        var trimmed = digits.TrimStart('0');
        return trimmed.Length == 0
            ? "0"
            : long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
                ? value.ToString("N0", CultureInfo.InvariantCulture)
                : trimmed;
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
