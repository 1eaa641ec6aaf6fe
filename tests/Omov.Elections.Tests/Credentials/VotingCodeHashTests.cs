using System.Security.Cryptography;
using System.Text;
using Omov.Elections.Credentials;

namespace Omov.Elections.Tests.Credentials;

public sealed class VotingCodeHashTests
{
    [Fact]
    public void Compute_SameEventAndCode_IsStableAndMatches()
    {
        var code = VotingCode.Generate();

        var stored = VotingCodeHash.Compute("event-a", code);

        Assert.Equal(32, stored.Length);
        Assert.Equal(stored, VotingCodeHash.Compute("event-a", VotingCode.Parse(code.ToDisplayText()).Code!));
        Assert.True(VotingCodeHash.Matches(stored, "event-a", code));
    }

    [Fact]
    public void Matches_CodeFromAnotherEvent_DoesNotMatch()
    {
        var code = VotingCode.Generate();
        var stored = VotingCodeHash.Compute("event-a", code);

        Assert.False(VotingCodeHash.Matches(stored, "event-b", code));
        Assert.NotEqual(stored, VotingCodeHash.Compute("event-b", code));
    }

    [Fact]
    public void Matches_OtherCode_DoesNotMatch()
    {
        var stored = VotingCodeHash.Compute("event-a", VotingCode.Generate());

        Assert.False(VotingCodeHash.Matches(stored, "event-a", VotingCode.Generate()));
        Assert.False(VotingCodeHash.Matches(stored.AsSpan(0, 16), "event-a", VotingCode.Generate()));
    }

    [Fact]
    public void Compute_IsTheDocumentedSha256()
    {
        var code = VotingCode.FromBytes([.. Enumerable.Range(0, 16).Select(i => (byte)i)]);
        var input = Encoding.UTF8.GetBytes("omov/voting-code/v1\0event-a\0").Concat(code.ToBytes()).ToArray();

        Assert.Equal(SHA256.HashData(input), VotingCodeHash.Compute("event-a", code));
    }

    [Fact]
    public void VotingLink_For_PutsTheTokenAsTheLastSegment()
    {
        var code = VotingCode.Generate();

        var link = VotingLink.For(new Uri("https://vote.example.org/vote"), code);
        var again = VotingLink.For(new Uri("https://vote.example.org/vote/"), code);

        Assert.Equal("https://vote.example.org/vote/" + code.ToLinkToken(), link.AbsoluteUri);
        Assert.Equal(link, again);
        Assert.Equal(code, VotingCode.Parse(link.Segments[^1]).Code);
    }
}
