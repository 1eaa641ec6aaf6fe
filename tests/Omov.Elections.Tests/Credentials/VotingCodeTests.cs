using System.Text.RegularExpressions;
using Omov.Elections.Credentials;

namespace Omov.Elections.Tests.Credentials;

public sealed partial class VotingCodeTests
{
    [GeneratedRegex("^[0-7][0-9A-HJKMNP-TV-Z]{3}(-[0-9A-HJKMNP-TV-Z]{4}){6}$")]
    private static partial Regex DisplayFormat();

    [Fact]
    public void Generate_ShowsSevenGroupsOfFourCrockfordCharacters()
    {
        for (var i = 0; i < 100; i++)
        {
            var code = VotingCode.Generate();
            Assert.Matches(DisplayFormat(), code.ToDisplayText());
            Assert.Equal(code.ToDisplayText().Replace("-", string.Empty, StringComparison.Ordinal), code.ToLinkToken());
        }
    }

    [Fact]
    public void ToDisplayText_KnownBytes_MatchesAnIndependentImplementation()
    {
        // Bytes 00 01 … 0F; the check characters were computed by a separate brute-force
        // implementation of the documented checks (Python, GF(32) over x⁵ + x² + 1).
        var code = VotingCode.FromBytes([.. Enumerable.Range(0, 16).Select(i => (byte)i)]);

        Assert.Equal("0004-1061-050R-3GG2-8A1C-60T3-GF50", code.ToDisplayText());
    }

    [Fact]
    public void Parse_DisplayTextOrLinkToken_GivesTheSameCode()
    {
        var code = VotingCode.Generate();

        Assert.Equal(code, VotingCode.Parse(code.ToDisplayText()).Code);
        Assert.Equal(code, VotingCode.Parse(code.ToLinkToken()).Code);
        Assert.Equal(code.ToBytes(), VotingCode.Parse(code.ToLinkToken()).Code!.ToBytes());
    }

    [Fact]
    public void Parse_AsPeopleTypeIt_IgnoresCaseSpacesDashesAndIloConfusion()
    {
        var code = VotingCode.FromBytes([.. Enumerable.Range(0, 16).Select(i => (byte)i)]);

        foreach (var typed in new[]
        {
            "0004-1061-050r-3gg2-8a1c-60t3-gf50",
            "0004 1061 050R 3GG2 8A1C 60T3 GF50",
            " O0O4-I06l-O5OR-3GG2-8AIC-6OT3-GF5O ",
            "00041061050R3GG28A1C60T3GF50",
            "0004–1061–050R–3GG2–8A1C–60T3–GF50",
        })
        {
            var parsed = VotingCode.Parse(typed);
            Assert.True(parsed.Success, typed + ": " + parsed.Error);
            Assert.Equal(code, parsed.Code);
        }
    }

    [Theory]
    [InlineData(null, VotingCodeProblem.Empty, "Enter the voting code from your ballot email or letter.")]
    [InlineData(" - ", VotingCodeProblem.Empty, "Enter the voting code from your ballot email or letter.")]
    [InlineData("0004-1061-050R-3GG2-8A1C-60T3-GF5", VotingCodeProblem.WrongLength, "A voting code has 28 letters and digits; you entered 27. Check you have copied all of it.")]
    [InlineData("0004-1061-050R-3GG2-8A1C-60T3-GF500", VotingCodeProblem.WrongLength, "A voting code has 28 letters and digits; you entered 29. Check you have copied all of it.")]
    [InlineData("0004-1U61-050R-3GG2-8A1C-60T3-GF50", VotingCodeProblem.InvalidCharacter, "Character 6 of the code is not used in voting codes, which have only digits and the letters A to Z except U.")]
    [InlineData("0004*1061-050R-3GG2-8A1C-60T3-GF50", VotingCodeProblem.InvalidCharacter, "Character 5 of the code is not used in voting codes, which have only digits and the letters A to Z except U.")]
    [InlineData("0004-1061-050R-3GG2-8A1C-60T3-GF51", VotingCodeProblem.CheckFailed, "This voting code has a mistake in it: a character is wrong, or two are the wrong way round. Check it against your ballot email or letter.")]
    [InlineData("8004-1061-050R-3GG2-8A1C-60T3-GF50", VotingCodeProblem.CheckFailed, "This voting code has a mistake in it: a character is wrong, or two are the wrong way round. Check it against your ballot email or letter.")]
    public void Parse_NotACode_SaysWhyWithoutEchoingIt(string? typed, VotingCodeProblem problem, string message)
    {
        var parsed = VotingCode.Parse(typed);

        Assert.False(parsed.Success);
        Assert.Equal(problem, parsed.Problem);
        Assert.Equal(message, parsed.Error);
    }

    [Fact]
    public void ToString_HidesTheCode()
    {
        var code = VotingCode.Generate();

        Assert.Equal("VotingCode(hidden)", code.ToString());
        Assert.DoesNotContain(code.ToLinkToken()[..8], $"{code}", StringComparison.Ordinal);
    }

    [Fact]
    public void Equals_SameBytes_AreEqual()
    {
        var code = VotingCode.Generate();

        Assert.Equal(code, VotingCode.FromBytes(code.ToBytes()));
        Assert.NotEqual(code, VotingCode.Generate());
    }
}
