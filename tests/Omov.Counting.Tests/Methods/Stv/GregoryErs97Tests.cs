using Omov.Counting.Blt;
using Omov.Counting.Methods;
using Omov.Counting.Methods.Stv;

namespace Omov.Counting.Tests.Methods.Stv;

/// <summary>The ERS97 model election under both inclusive Gregory methods.</summary>
public sealed class GregoryErs97Tests
{
    private static readonly string[] s_winners = ["Smith", "Carpenter", "Duke", "Prince", "Vicar", "Freeman"];

    public static TheoryData<string> Methods() => new() { "scottish-stv", "wigm" };

    [Theory]
    [MemberData(nameof(Methods))]
    public void Count_Ers97_ElectsThePublishedSix(string method)
    {
        var read = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt"));
        Assert.True(read.Success);
        var box = read.Ballots;

        var result = CountingMethods.Find(method)!.Count(box, new CountOptions());

        Assert.Equal(s_winners.Select(box.IndexOfCandidate).Order(), result.Elected.Order());
        Assert.Equal(6, result.Elected.Count);
        StvAssert.EveryStageAddsUp(result);
    }

    [Fact]
    public void Count_Ers97_QuotaIsWholeDroop()
    {
        var read = BltReader.Read(SharedData.PathOf("ers97", "ers97.blt"));
        Assert.True(read.Success);

        var scottish = new ScottishStv().Count(read.Ballots, new CountOptions());
        var wigm = new Wigm().Count(read.Ballots, new CountOptions());

        // 753 valid ÷ 7 = 107.57…, decimals ignored, + 1 (rule 46).
        Assert.Equal("108.00000", scottish.Quota!.Value.ToString(5));
        Assert.Equal(scottish.Quota, wigm.Quota);
        Assert.Equal(5, scottish.Decimals);
        Assert.Equal(9, wigm.Decimals);
    }

    [Theory]
    [InlineData("scottish-stv")]
    [InlineData("wigm")]
    public void Find_ByName_IsRegistered(string method) => Assert.NotNull(CountingMethods.Find(method));
}
