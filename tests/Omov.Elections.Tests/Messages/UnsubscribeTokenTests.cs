using Omov.Elections.Messages;

namespace Omov.Elections.Tests.Messages;

public sealed class UnsubscribeTokenTests
{
    [Fact]
    public void New_ManyTokens_WellFormedAndDistinct()
    {
        var tokens = Enumerable.Range(0, 2000).Select(_ => UnsubscribeToken.New()).ToList();

        Assert.All(tokens, t => Assert.True(UnsubscribeToken.IsWellFormed(t), t));
        Assert.Equal(tokens.Count, tokens.Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("short")]
    [InlineData("0123456789abcdefghjkmnpqrsu")]
    [InlineData("0123456789ABCDEFGHJKMNPQRS")]
    [InlineData("0123456789abcdefghjkmnpq/s")]
    public void IsWellFormed_NotAToken_False(string? text) => Assert.False(UnsubscribeToken.IsWellFormed(text));

    [Theory]
    [InlineData("ada@example.org", true)]
    [InlineData("a.b+c@mail.example.co.uk", true)]
    [InlineData(null, false)]
    [InlineData("", false)]
    [InlineData("  ", false)]
    [InlineData("ada@", false)]
    [InlineData("@example.org", false)]
    [InlineData("ada@example", false)]
    [InlineData("ada@@example.org", false)]
    [InlineData("ada @example.org", false)]
    [InlineData("ada@example.", false)]
    public void EmailAddresses_IsUsable(string? email, bool usable) => Assert.Equal(usable, EmailAddresses.IsUsable(email));
}
