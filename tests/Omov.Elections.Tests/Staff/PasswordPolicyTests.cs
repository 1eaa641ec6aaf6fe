using Omov.Elections.Staff;

namespace Omov.Elections.Tests.Staff;

public sealed class PasswordPolicyTests
{
    [Theory]
    [InlineData("plum orchard vinyl")]
    [InlineData("Twelve chars")]
    [InlineData("ŵyn bach ŵyn mawr")]
    public void Check_LongUncommonPassword_HasNoProblems(string password) =>
        Assert.Empty(PasswordPolicy.Check(password, "jsmith"));

    [Fact]
    public void Check_ElevenCharacters_SaysTheMinimumAndTheLength()
    {
        var problem = Assert.Single(PasswordPolicy.Check("elevenchars", "jsmith"));

        Assert.Contains("at least 12 characters", problem, StringComparison.Ordinal);
        Assert.Contains("this one has 11", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CountsCharactersNotUtf16Units()
    {
        // Eleven emoji are 22 UTF-16 units but eleven characters.
        var problems = PasswordPolicy.Check(string.Concat(Enumerable.Repeat("🌹", 10)) + "x", "jsmith");

        Assert.Contains(problems, p => p.Contains("this one has 11", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("password1234")]
    [InlineData("PASSWORD1234")]
    [InlineData("qwertyuiop123")]
    [InlineData("labourparty1")]
    [InlineData(" 123456789012 ")]
    public void Check_CommonPassword_IsRefused(string password)
    {
        var problem = Assert.Single(PasswordPolicy.Check(password, "jsmith"));

        Assert.Contains("most commonly used", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("returning.officer", "returning.officer")]
    [InlineData("RETURNING.OFFICER", "returning.officer")]
    [InlineData("reciffo.gninruter", "returning.officer")]
    public void Check_PasswordIsTheUsername_IsRefused(string password, string username) =>
        Assert.Contains("The password must not be the username.", PasswordPolicy.Check(password, username));

    [Fact]
    public void Check_OneCharacterRepeated_IsRefused() =>
        Assert.Contains(PasswordPolicy.Check("zzzzzzzzzzzzzzzz", "jsmith"), p => p.Contains("one character repeated", StringComparison.Ordinal));

    [Fact]
    public void Check_TooLong_IsRefused() =>
        Assert.Contains(PasswordPolicy.Check(new string('a', 100) + new string('b', 200), "jsmith"), p => p.Contains("at most 256", StringComparison.Ordinal));

    [Fact]
    public void Check_ShortAndTheUsername_ListsBothProblems() =>
        Assert.Equal(2, PasswordPolicy.Check("jsmith", "jsmith").Count);
}
