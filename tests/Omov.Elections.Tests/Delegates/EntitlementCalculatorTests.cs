using Omov.Elections.Delegates;

namespace Omov.Elections.Tests.Delegates;

public sealed class EntitlementCalculatorTests
{
    private static readonly DelegateRules s_labour = DelegatePresets.Labour2022();

    private static DelegateEntitlement Of(long members, long women = 0, long young = 0, LastYearSole last = LastYearSole.Woman, DelegateRules? rules = null) =>
        EntitlementCalculator.Calculate(rules ?? s_labour, new LocalPartyCount("CLP-1", "Anytown", members, women, young), last);

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(749, 1)]
    [InlineData(750, 2)]
    [InlineData(999, 2)]
    [InlineData(1000, 3)]
    [InlineData(1249, 3)]
    [InlineData(1250, 4)]
    [InlineData(1499, 4)]
    [InlineData(1500, 5)]
    [InlineData(1749, 5)]
    [InlineData(1750, 6)]
    [InlineData(5000, 6)]
    public void Calculate_LabourBands_MatchTheTableInLabourRules(long members, int ordinary) =>
        Assert.Equal(ordinary, Of(members).Ordinary);

    [Fact]
    public void Calculate_750Members_ExplainsTheFirstBandAndOnePart()
    {
        var entitlement = Of(750);
        Assert.Equal("750 members: 1 for the first 749 and 1 for the next 250 or part = 2", entitlement.Lines[0].Text);
        Assert.Equal("base", entitlement.Lines[0].Kind);
    }

    [Fact]
    public void Calculate_749Members_ExplainsOneForTheFirstBand() =>
        Assert.Equal("749 members: 1 for the first 749 or part = 1", Of(749).Lines[0].Text);

    [Fact]
    public void Calculate_1000Members_ExplainsTwoFurtherBands() =>
        Assert.Equal("1,000 members: 1 for the first 749 and 2 for the next 251 (2 × 250 or part) = 3", Of(1000).Lines[0].Text);

    [Fact]
    public void Calculate_999Members_IsOneWholeFurtherBand() =>
        Assert.Equal("999 members: 1 for the first 749 and 1 for the next 250 or part = 2", Of(999).Lines[0].Text);

    [Fact]
    public void Calculate_OverTheCap_CutsToTheCapAndSaysSo()
    {
        var entitlement = Of(2000);
        Assert.True(entitlement.CapApplied);
        Assert.Equal(6, entitlement.Ordinary);
        Assert.Equal(7, entitlement.BaseDelegates + entitlement.BandDelegates);
        Assert.Contains(entitlement.Lines, l => l.Kind == "cap" && l.Text == "cap of 6: 7 reduced to 6");
    }

    [Fact]
    public void Calculate_AtTheCap_IsNotCut()
    {
        var entitlement = Of(1750);
        Assert.False(entitlement.CapApplied);
        Assert.Contains(entitlement.Lines, l => l.Kind == "cap" && l.Text == "within the cap of 6");
    }

    [Fact]
    public void Calculate_NoCap_KeepsCounting() =>
        Assert.Equal(9, Of(2749, rules: s_labour with { Bands = s_labour.Bands with { Cap = null } }).Ordinary);

    [Theory]
    [InlineData(750, 1)]
    [InlineData(998, 1)]
    [InlineData(999, 2)]
    [InlineData(1000, 2)]
    [InlineData(1999, 6)]
    public void Calculate_RoundingDown_CountsOnlyWholeBands(long members, int ordinary) =>
        Assert.Equal(ordinary, Of(members, rules: s_labour with { Bands = s_labour.Bands with { Rounding = BandRounding.Down } }).Ordinary);

    [Fact]
    public void Calculate_RoundingDownPartBand_SaysItIsLessThanAWholeBand() =>
        Assert.Equal("800 members: 1 for the first 749, and 51 more is less than a whole 250 = 1",
            Of(800, rules: s_labour with { Bands = s_labour.Bands with { Rounding = BandRounding.Down } }).Lines[0].Text);

    [Theory]
    [InlineData(99, 0)]
    [InlineData(100, 1)]
    public void Calculate_WomenMembers_ExtraWomanFrom100(long women, int extra)
    {
        var entitlement = Of(800, women: women);
        Assert.Equal(extra, entitlement.WomenExtra);
        Assert.Equal(2 + extra, entitlement.Total);
    }

    [Fact]
    public void Calculate_99Women_SaysFewerThan100() =>
        Assert.Contains(Of(800, women: 99).Lines, l => l.Text == "99 women members (fewer than 100): no extra women's delegate");

    [Theory]
    [InlineData(29, 0)]
    [InlineData(30, 1)]
    public void Calculate_YoungMembers_ExtraYouthDelegateFrom30(long young, int extra)
    {
        var entitlement = Of(800, young: young);
        Assert.Equal(extra, entitlement.YouthExtra);
        Assert.Equal(2 + extra, entitlement.Total);
    }

    [Fact]
    public void Calculate_ExtrasSitAboveTheCap_MaximumIsEight()
    {
        var entitlement = Of(100_000, women: 50_000, young: 5_000);
        Assert.Equal(8, entitlement.Total);
        Assert.Equal(3 + 1, entitlement.WomenNeeded);
    }

    [Theory]
    [InlineData(750, 1)]
    [InlineData(1000, 1)]
    [InlineData(1250, 2)]
    [InlineData(1750, 3)]
    public void Calculate_SeveralDelegates_EverySecondAWoman(long members, int women) =>
        Assert.Equal(women, Of(members).OrdinaryWomen);

    [Fact]
    public void Calculate_OddRoundingUp_TakesTheLargerHalf() =>
        Assert.Equal(2, Of(1000, rules: s_labour with { Gender = s_labour.Gender with { OddRounding = BandRounding.Up } }).OrdinaryWomen);

    [Theory]
    [InlineData(LastYearSole.Man, 1)]
    [InlineData(LastYearSole.Woman, 0)]
    [InlineData(LastYearSole.Unknown, 1)]
    public void Calculate_SingleDelegate_AlternatesGenderByYear(LastYearSole last, int women) =>
        Assert.Equal(women, Of(300, last: last).OrdinaryWomen);

    [Fact]
    public void Calculate_SingleDelegateAfterAMan_ExplainsWhyAWoman() =>
        Assert.Contains(Of(300, last: LastYearSole.Man).Lines, l => l.Text == "one ordinary delegate: last year's was a man, so this year's must be a woman");

    [Fact]
    public void Calculate_SingleDelegateUnknownAndLenient_AllowsEither() =>
        Assert.Equal(0, Of(300, last: LastYearSole.Unknown, rules: s_labour with { Gender = s_labour.Gender with { UnknownLastYearNeedsWoman = false } }).OrdinaryWomen);

    [Fact]
    public void Calculate_NoAlternation_SingleDelegateNeedsNoWoman() =>
        Assert.Equal(0, Of(300, last: LastYearSole.Man, rules: s_labour with { Gender = s_labour.Gender with { SingleDelegateAlternates = false } }).OrdinaryWomen);

    [Fact]
    public void Calculate_NoMembers_NoDelegatesAndNoGenderRule()
    {
        var entitlement = Of(0);
        Assert.Equal(0, entitlement.Total);
        Assert.Equal("no members counted: no delegates", entitlement.Lines[0].Text);
    }

    [Fact]
    public void Calculate_Explanation_EndsWithTheTotal() =>
        Assert.EndsWith("total 4 delegates, at least 2 of them women", Of(1000, women: 100, young: 0).Explanation);
}
