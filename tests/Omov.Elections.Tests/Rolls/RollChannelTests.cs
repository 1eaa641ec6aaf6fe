using Omov.Elections.Register;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;
using Omov.Elections.Tests.Eligibility;

namespace Omov.Elections.Tests.Rolls;

public sealed class RollChannelTests
{
    private static Dictionary<string, DeliveryChannel> Channels(params Member[] members) =>
        Roll.Freeze("c", Presets.NecClpSection2020(), members, Fixtures.Tree, new DateTimeOffset(2020, 10, 19, 0, 0, 0, TimeSpan.Zero))
            .Entries.ToDictionary(e => e.MembershipNumber, e => e.Channel);

    [Fact]
    public void Channel_OwnEmail_IsEmail() =>
        Assert.Equal(DeliveryChannel.Email, Channels(Fixtures.Member("L1", email: "ann@example.org"))["L1"]);

    [Fact]
    public void Channel_SharedEmailIgnoringCaseAndSpaces_IsPostForBoth()
    {
        var channels = Channels(
            Fixtures.Member("L1", email: "Home@Example.org"),
            Fixtures.Member("L2", email: "  home@example.ORG "),
            Fixtures.Member("L3", email: "other@example.org"));
        Assert.Equal(DeliveryChannel.Post, channels["L1"]);
        Assert.Equal(DeliveryChannel.Post, channels["L2"]);
        Assert.Equal(DeliveryChannel.Email, channels["L3"]);
    }

    [Fact]
    public void Channel_EmailSharedOnlyWithIneligibleMember_IsEmail()
    {
        var channels = Channels(
            Fixtures.Member("L1", email: "home@example.org"),
            Fixtures.Member("L2", email: "home@example.org", status: MemberStatus.Lapsed));
        Assert.Equal(DeliveryChannel.Email, channels["L1"]);
        Assert.False(channels.ContainsKey("L2"));
    }

    [Fact]
    public void Channel_NoEmail_IsPost() =>
        Assert.Equal(DeliveryChannel.Post, Channels(Fixtures.Member("L1", email: "  "))["L1"]);

    [Fact]
    public void Channel_NeitherEmailNorAddress_IsNoContactButOnRoll() =>
        Assert.Equal(DeliveryChannel.NoContact, Channels(Fixtures.Member("L1", email: null, withAddress: false))["L1"]);

    [Fact]
    public void Channel_SharedEmailAndNoAddress_IsNoContact()
    {
        var channels = Channels(
            Fixtures.Member("L1", email: "home@example.org", withAddress: false),
            Fixtures.Member("L2", email: "home@example.org"));
        Assert.Equal(DeliveryChannel.NoContact, channels["L1"]);
        Assert.Equal(DeliveryChannel.Post, channels["L2"]);
    }
}
