using Omov.Delivery.Post.Batches;
using Omov.Delivery.Tests.Post;

namespace Omov.Delivery.Tests.Post.Batches;

public sealed class PostcodeOrderTests
{
    [Fact]
    public void Sort_Postcodes_DistrictsInNumberOrderThenInwardCode()
    {
        var postcodes = new[] { "N11 1AA", "n1 2ab", "N1 1AA", "SW1A 1AA", "SW11 1AA", "SW2 1AA", "B1 1AA", "", "CF10 1AA", "CF5 9ZZ" };
        var sorted = postcodes.Order(Comparer<string>.Create(PostcodeOrder.ComparePostcodes)).ToArray();

        string[] expected = ["B1 1AA", "CF5 9ZZ", "CF10 1AA", "N1 1AA", "n1 2ab", "N11 1AA", "SW1A 1AA", "SW2 1AA", "SW11 1AA", ""];
        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Compare_SamePostcodeSpacedDifferently_ThenByMembershipNumber()
    {
        var a = TestPacks.Plain("L2", "sw1a1aa");
        var b = TestPacks.Plain("L1", "SW1A 1AA");

        Assert.Equal(0, PostcodeOrder.ComparePostcodes(a.Postcode, b.Postcode));
        Assert.True(PostcodeOrder.Instance.Compare(b, a) < 0);
    }
}
