using Omov.Elections.Register;
using Omov.Elections.Rolls;

namespace Omov.Elections.Tests.Rolls;

public sealed class RollDiffTests
{
    private static readonly DateTimeOffset s_at = new(2020, 10, 19, 0, 0, 0, TimeSpan.Zero);

    private static Roll Roll(params (string Number, DeliveryChannel Channel)[] entries) =>
        Elections.Rolls.Roll.Restore("c", "r", 1, s_at, entries.Select(e => new RollEntry(e.Number, e.Channel)), new Dictionary<Section, int>());

    [Fact]
    public void Between_AddedRemovedAndChanged_ReportsEachInOrder()
    {
        Roll before = Roll(("A1", DeliveryChannel.Email), ("B2", DeliveryChannel.Post), ("C3", DeliveryChannel.Email), ("D4", DeliveryChannel.Post));
        Roll after = Roll(("A1", DeliveryChannel.Email), ("C3", DeliveryChannel.Post), ("D4", DeliveryChannel.Post), ("E5", DeliveryChannel.NoContact), ("0", DeliveryChannel.Email));
        RollDiff diff = RollDiff.Between(before, after);
        Assert.Equal(["0", "E5"], diff.Added);
        Assert.Equal(["B2"], diff.Removed);
        Assert.Equal([new RollChannelChange("C3", DeliveryChannel.Email, DeliveryChannel.Post)], diff.ChannelChanged);
        Assert.False(diff.IsEmpty);
    }

    [Fact]
    public void Between_SameRoll_IsEmpty()
    {
        Roll roll = Roll(("A1", DeliveryChannel.Email), ("B2", DeliveryChannel.Post));
        Assert.True(RollDiff.Between(roll, roll).IsEmpty);
    }

    [Fact]
    public void Between_FromEmpty_AllAdded()
    {
        RollDiff diff = RollDiff.Between(Roll(), Roll(("A1", DeliveryChannel.Email), ("B2", DeliveryChannel.Post)));
        Assert.Equal(["A1", "B2"], diff.Added);
        Assert.Empty(diff.Removed);
    }
}
