using Omov.Elections.Nominations;

namespace Omov.Elections.Tests.Nominations;

public sealed class ThresholdEvaluatorTests
{
    // 2020: 212 MPs and MEPs and 648 CLPs give the published 22 and 33 (labour-rules.md §5.4).
    private static readonly NominatingTotals s_2020 = new(ElectedMembers: 212, LocalParties: 648, AffiliatedMembership: 3_000_000);

    private static bool Qualifies(NominationThresholds thresholds, CandidateTally tally, NominatingTotals? totals = null) =>
        ThresholdEvaluator.Evaluate(thresholds, totals ?? s_2020, tally).Met;

    // Enough of everything but the part under test.
    private static CandidateTally Leader(int mps = 22, int clps = 33, int affiliates = 0, int unions = 0, long membership = 0) =>
        new(mps, clps, affiliates, unions, membership);

    [Fact]
    public void Leader2020_Published2020Figures_Need22MpsAnd33Clps()
    {
        Assert.Equal(22, ThresholdMath.Needed(10, 212, ThresholdRounding.Up));
        Assert.Equal(33, ThresholdMath.Needed(5, 648, ThresholdRounding.Up));
    }

    [Fact]
    public void Leader2020_ExactlyTenPercentOfMps_Qualifies()
    {
        var totals = s_2020 with { ElectedMembers = 220 };

        Assert.True(Qualifies(ThresholdPresets.Leader2020(), Leader(mps: 22), totals));
        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(mps: 21), totals));
    }

    [Fact]
    public void Leader2020_TenPercentWithAFraction_RoundsUp()
    {
        // 10% of 212 is 21.2: 21 is one short.
        Assert.True(Qualifies(ThresholdPresets.Leader2020(), Leader(mps: 22)));
        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(mps: 21)));
    }

    [Theory]
    [InlineData(648, 33)] // 32.4
    [InlineData(640, 32)] // exactly 32
    [InlineData(641, 33)] // 32.05
    public void Leader2020_FivePercentOfClps_RoundsUpAndBoundaryHolds(int clps, int needed)
    {
        var totals = s_2020 with { LocalParties = clps };

        Assert.True(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: needed), totals));
        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: needed - 1), totals));
    }

    [Fact]
    public void Leader2020_ClpsWithoutMps_DoesNotQualify()
    {
        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(mps: 0, clps: 648)));
    }

    [Fact]
    public void Leader2020_ThreeAffiliatesTwoUnionsFivePercent_QualifiesWithoutClps()
    {
        Assert.True(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: 0, affiliates: 3, unions: 2, membership: 150_000)));
    }

    [Fact]
    public void Leader2020_ThreeAffiliatesOnlyOneUnion_Fails()
    {
        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: 0, affiliates: 3, unions: 1, membership: 2_000_000)));
    }

    [Fact]
    public void Leader2020_TwoAffiliatesBothUnions_Fails()
    {
        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: 0, affiliates: 2, unions: 2, membership: 2_000_000)));
    }

    [Fact]
    public void Leader2020_AffiliatedMembershipOneShortOfFivePercent_Fails()
    {
        // 5% of 3,000,000 is exactly 150,000.
        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: 0, affiliates: 3, unions: 2, membership: 149_999)));
    }

    [Fact]
    public void Leader2020_AffiliatedMembershipWithAFraction_RoundsUp()
    {
        // 5% of 3,000,010 is 150,000.5: 150,000 is short, 150,001 enough.
        var totals = s_2020 with { AffiliatedMembership = 3_000_010 };

        Assert.False(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: 0, affiliates: 3, unions: 2, membership: 150_000), totals));
        Assert.True(Qualifies(ThresholdPresets.Leader2020(), Leader(clps: 0, affiliates: 3, unions: 2, membership: 150_001), totals));
    }

    [Fact]
    public void NecClp2020_FiveClps_QualifiesFourDoesNot()
    {
        Assert.True(Qualifies(ThresholdPresets.NecClp2020(), new CandidateTally(0, 5, 0, 0, 0)));
        Assert.False(Qualifies(ThresholdPresets.NecClp2020(), new CandidateTally(22, 4, 9, 9, 3_000_000)));
    }

    [Theory]
    [InlineData(ThresholdRounding.Up, 21.2, 22)]
    [InlineData(ThresholdRounding.Down, 21.8, 21)]
    [InlineData(ThresholdRounding.Nearest, 21.5, 22)]
    [InlineData(ThresholdRounding.Nearest, 21.4, 21)]
    public void Needed_Rounding_IsData(ThresholdRounding rounding, double exact, long needed)
    {
        // exact is percent × total / 100 with total 1000: percent = exact / 10.
        Assert.Equal(needed, ThresholdMath.Needed((decimal)exact / 10m, 1000, rounding));
    }

    [Fact]
    public void Needed_ZeroTotal_IsStillOne()
    {
        Assert.Equal(1, ThresholdMath.Needed(10, 0, ThresholdRounding.Up));
    }

    [Fact]
    public void Describe_Leader2020_SaysTheThresholdInWords()
    {
        string words = ThresholdEvaluator.Describe(ThresholdPresets.Leader2020(), s_2020);

        Assert.Equal(
            "Nominations from at least 22 MPs/MEPs (10% of 212, rounded up), and then either at least 33 local parties (5% of 648, rounded up) "
            + "or at least 3 affiliates, at least 2 of them trade unions, together holding at least 5% of affiliated membership (150,000 of 3,000,000, rounded up).",
            words);
    }

    [Fact]
    public void Evaluate_Leader2020_ExplainsEachPart()
    {
        var outcome = ThresholdEvaluator.Evaluate(ThresholdPresets.Leader2020(), s_2020, Leader(mps: 25, clps: 10, affiliates: 3, unions: 1, membership: 200_000));

        Assert.False(outcome.Met);
        Assert.True(outcome.Parts[0].Met);
        Assert.Equal("at least 22 MPs/MEPs (10% of 212, rounded up): has 25", outcome.Parts[0].Text);
        Assert.False(outcome.Parts[1].Met);
        Assert.EndsWith("has 3 affiliates (1 trade union) with 200,000 affiliated members", outcome.Parts[1].Parts[1].Text, StringComparison.Ordinal);
    }
}
