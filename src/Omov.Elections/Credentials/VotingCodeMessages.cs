using System.Globalization;

namespace Omov.Elections.Credentials;

/// <summary>What a member is told about a code they typed; never the code or a character of it.</summary>
internal static class VotingCodeMessages
{
    public const string Empty = "Enter the voting code from your ballot email or letter.";

    public const string CheckFailed =
        "This voting code has a mistake in it: a character is wrong, or two are the wrong way round. Check it against your ballot email or letter.";

    public static string WrongLength(int count) => string.Create(CultureInfo.InvariantCulture,
        $"A voting code has {VotingCode.Length} letters and digits; you entered {count}. Check you have copied all of it.");

    public static string InvalidCharacter(int position) => string.Create(CultureInfo.InvariantCulture,
        $"Character {position} of the code is not used in voting codes, which have only digits and the letters A to Z except U.");
}
