using Omov.Elections.Eligibility;
using Omov.Elections.Rulebooks;
using static Omov.Elections.Tests.Eligibility.Fixtures;

namespace Omov.Elections.Tests.Eligibility;

public sealed class FreezeTimeTests
{
    private static bool JoinedBy(LocalCutoff cutoff, DateTimeOffset joinedAt) =>
        One(new JoinedByRule(cutoff), Member(joinedAt: joinedAt)).Passed;

    [Fact]
    public void JoinedBy_SummerFreezeAt1700Bst_1630UtcIsAfter()
    {
        // 17:00 BST (UTC+1) is 16:00 UTC, so 16:30 UTC is half an hour after the freeze.
        var freeze = LocalCutoff.At(new DateOnly(2020, 7, 20), new TimeOnly(17, 0));
        Assert.False(JoinedBy(freeze, Utc(2020, 7, 20, 16, 30)));
        Assert.True(JoinedBy(freeze, Utc(2020, 7, 20, 15, 59)));
        Assert.True(JoinedBy(freeze, Utc(2020, 7, 20, 16, 0)));
    }

    [Fact]
    public void JoinedBy_WinterFreezeAt1700Gmt_1630UtcIsBefore()
    {
        // 17:00 GMT is 17:00 UTC.
        var freeze = LocalCutoff.At(new DateOnly(2020, 1, 20), new TimeOnly(17, 0));
        Assert.True(JoinedBy(freeze, Utc(2020, 1, 20, 16, 30)));
        Assert.False(JoinedBy(freeze, Utc(2020, 1, 20, 17, 1)));
    }

    [Fact]
    public void JoinedBy_SummerExplanation_ShowsLocalTimes()
    {
        var freeze = LocalCutoff.At(new DateOnly(2020, 7, 20), new TimeOnly(17, 0));
        var outcome = One(new JoinedByRule(freeze), Member(joinedAt: Utc(2020, 7, 20, 16, 30)));
        Assert.Equal("joined at 17:30 on 20 Jul 2020, after the freeze at 17:00 on 20 Jul 2020", outcome.Reason);
    }

    [Fact]
    public void JoinedBy_OtherZone_UsesThatZone()
    {
        var book = new Rulebook("t", 1, "T", [new JoinedByRule(LocalCutoff.At(new DateOnly(2020, 1, 20), new TimeOnly(17, 0)))], "America/New_York");
        // 17:00 EST is 22:00 UTC.
        Assert.True(EligibilityEvaluator.Evaluate(Member(joinedAt: Utc(2020, 1, 20, 21, 59)), book, Tree).IsEligible);
        Assert.False(EligibilityEvaluator.Evaluate(Member(joinedAt: Utc(2020, 1, 20, 22, 1)), book, Tree).IsEligible);
    }

    [Fact]
    public void LeaderAndDeputy2020_JoinedAt1659Local_Eligible()
    {
        var decision = EligibilityEvaluator.Evaluate(Member(joinedAt: Utc(2020, 1, 20, 16, 59)), Presets.LeaderAndDeputy2020(), Tree);
        Assert.True(decision.IsEligible);
        Assert.StartsWith("eligible: joined at 16:59 on 20 Jan 2020, before the freeze at 17:00 on 20 Jan 2020", decision.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void LeaderAndDeputy2020_JoinedAt1701Local_NotEligible()
    {
        var decision = EligibilityEvaluator.Evaluate(Member(joinedAt: Utc(2020, 1, 20, 17, 1)), Presets.LeaderAndDeputy2020(), Tree);
        Assert.False(decision.IsEligible);
        Assert.Equal("not eligible: joined at 17:01 on 20 Jan 2020, after the freeze at 17:00 on 20 Jan 2020", decision.Summary);
    }

    [Fact]
    public void LeaderAndDeputy2020_JoinedExactlyAt1700_Eligible() =>
        Assert.True(EligibilityEvaluator.Evaluate(Member(joinedAt: Utc(2020, 1, 20, 17, 0)), Presets.LeaderAndDeputy2020(), Tree).IsEligible);

    [Fact]
    public void LeaderAndDeputy2020_AffiliatedSupporterNotPaidUp_Eligible() =>
        Assert.True(EligibilityEvaluator.Evaluate(Member(affiliate: "UNITE", noPaidUpTo: true), Presets.LeaderAndDeputy2020(), Tree).IsEligible);

    [Fact]
    public void LeaderAndDeputy2020_MemberInArrears_NotEligibleWithReason()
    {
        var decision = EligibilityEvaluator.Evaluate(Member(paidUpTo: new DateOnly(2020, 1, 31)), Presets.LeaderAndDeputy2020(), Tree);
        Assert.False(decision.IsEligible);
        Assert.Contains("paid up only to 31 Jan 2020, before the compliance date 14 Feb 2020", decision.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void NecClp2020_JoinedAfterFreeze_SummaryNamesBothDates()
    {
        var decision = EligibilityEvaluator.Evaluate(Member(joinedAt: Utc(2020, 9, 3, 9, 0)), Presets.NecClpSection2020(), Tree);
        Assert.Equal("not eligible: joined 3 Sep 2020, after the freeze date 24 Aug 2020", decision.Summary);
        Assert.Equal(4, decision.Rules.Count);
    }

    [Fact]
    public void NecClp2020_Eligible_SummaryListsEveryReason()
    {
        var decision = EligibilityEvaluator.Evaluate(Member(paidUpTo: new DateOnly(2020, 12, 31)), Presets.NecClpSection2020(), Tree);
        Assert.Equal(
            "eligible: an individual member (affiliated supporters excluded); member status is full (full or provisional required); "
            + "joined 12 Mar 2015, before the freeze date 24 Aug 2020; paid up to 31 Dec 2020, covering the compliance date 19 Oct 2020",
            decision.Summary);
    }

    [Fact]
    public void CutoffInClocksForwardGap_IsRejectedByValidation()
    {
        // 01:30 on 29 Mar 2020 does not exist in London.
        var book = Book(new JoinedByRule(LocalCutoff.At(new DateOnly(2020, 3, 29), new TimeOnly(1, 30))));
        var error = Assert.Single(RulebookValidator.Validate(book));
        Assert.Equal("$.rules[0].by", error.Path);
        Assert.Contains("clocks go forward", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CutoffAmbiguousInClocksBack_ReadAsStandardTime()
    {
        // 01:30 on 25 Oct 2020 happens twice in London: 00:30 UTC (BST) and 01:30 UTC (GMT); the later counts.
        var freeze = LocalCutoff.At(new DateOnly(2020, 10, 25), new TimeOnly(1, 30));
        Assert.True(JoinedBy(freeze, Utc(2020, 10, 25, 1, 0)));
        Assert.False(JoinedBy(freeze, Utc(2020, 10, 25, 1, 31)));
    }
}
