using Omov.Elections.Register;
using Omov.Elections.Rulebooks;
using static Omov.Elections.Tests.Eligibility.Fixtures;

namespace Omov.Elections.Tests.Eligibility;

public sealed class RuleKindTests
{
    private static void AssertOutcome(Rule rule, Member member, bool passed, string reason)
    {
        var outcome = One(rule, member);
        Assert.Equal(reason, outcome.Reason);
        Assert.Equal(passed, outcome.Passed);
    }

    [Fact]
    public void Status_Allowed_PassesWithReason() =>
        AssertOutcome(new StatusRule([MemberStatus.Full, MemberStatus.Provisional]), Member(status: MemberStatus.Provisional),
            true, "member status is provisional (full or provisional required)");

    [Fact]
    public void Status_NotAllowed_FailsWithReason() =>
        AssertOutcome(new StatusRule([MemberStatus.Full]), Member(status: MemberStatus.Lapsed),
            false, "member status is lapsed, not full");

    [Fact]
    public void JoinedBy_WholeDayAfter_FailsNamingBothDates() =>
        AssertOutcome(new JoinedByRule(LocalCutoff.EndOfDay(new DateOnly(2020, 8, 24))), Member(joinedAt: Utc(2020, 9, 3, 12, 0)),
            false, "joined 3 Sep 2020, after the freeze date 24 Aug 2020");

    [Fact]
    public void JoinedBy_TimeBefore_PassesNamingTheFreeze() =>
        AssertOutcome(new JoinedByRule(LocalCutoff.At(new DateOnly(2020, 1, 20), new TimeOnly(17, 0))), Member(joinedAt: Utc(2015, 3, 12, 10, 0)),
            true, "joined 12 Mar 2015, before the freeze at 17:00 on 20 Jan 2020");

    [Fact]
    public void JoinedBy_LateOnTheFreezeDayInBst_StillThatDay() =>
        // 23:30 BST on 24 Aug is 22:30 UTC: still the freeze day locally.
        AssertOutcome(new JoinedByRule(LocalCutoff.EndOfDay(new DateOnly(2020, 8, 24))), Member(joinedAt: Utc(2020, 8, 24, 22, 30)),
            true, "joined 24 Aug 2020, on the freeze date 24 Aug 2020");

    [Fact]
    public void JoinedBy_JustAfterLocalMidnightInBst_Fails() =>
        // 23:30 UTC on 24 Aug is 00:30 BST on 25 Aug.
        AssertOutcome(new JoinedByRule(LocalCutoff.EndOfDay(new DateOnly(2020, 8, 24))), Member(joinedAt: Utc(2020, 8, 24, 23, 30)),
            false, "joined 25 Aug 2020, after the freeze date 24 Aug 2020");

    [Fact]
    public void PaidUpBy_Covering_Passes() =>
        AssertOutcome(new PaidUpByRule(new DateOnly(2020, 2, 14)), Member(paidUpTo: new DateOnly(2020, 12, 31)),
            true, "paid up to 31 Dec 2020, covering the compliance date 14 Feb 2020");

    [Fact]
    public void PaidUpBy_Short_Fails() =>
        AssertOutcome(new PaidUpByRule(new DateOnly(2020, 2, 14)), Member(paidUpTo: new DateOnly(2020, 1, 31)),
            false, "paid up only to 31 Jan 2020, before the compliance date 14 Feb 2020");

    [Fact]
    public void PaidUpBy_NoRecord_Fails() =>
        AssertOutcome(new PaidUpByRule(new DateOnly(2020, 2, 14)), Member(noPaidUpTo: true),
            false, "no subscription on record, so not paid up by the compliance date 14 Feb 2020");

    [Fact]
    public void PaidUpBy_ExactlyTheDate_Passes() =>
        Assert.True(One(new PaidUpByRule(new DateOnly(2020, 2, 14)), Member(paidUpTo: new DateOnly(2020, 2, 14))).Passed);

    [Fact]
    public void ContinuousMembership_TwelveMonths_Passes() =>
        AssertOutcome(new ContinuousMembershipRule(new DateOnly(2020, 9, 27), Months: 12), Member(continuousSince: new DateOnly(2019, 9, 27)),
            true, "a member continuously since 27 Sep 2019: at least 12 months on 27 Sep 2020");

    [Fact]
    public void ContinuousMembership_EightWeeksNotRun_FailsNamingTheLatestStart() =>
        AssertOutcome(new ContinuousMembershipRule(new DateOnly(2020, 2, 11), Weeks: 8), Member(continuousSince: new DateOnly(2019, 12, 18)),
            false, "a member continuously only since 18 Dec 2019: less than 8 weeks on 11 Feb 2020 (needed since 17 Dec 2019 or earlier)");

    [Fact]
    public void ContinuousSince_Before_Passes() =>
        AssertOutcome(new ContinuousSinceRule(new DateOnly(2018, 9, 26)), Member(continuousSince: new DateOnly(2018, 9, 26)),
            true, "a member continuously since 26 Sep 2018, on or before 26 Sep 2018");

    [Fact]
    public void ContinuousSince_RejoinedAfter_FailsThoughJoinedLongBefore() =>
        AssertOutcome(new ContinuousSinceRule(new DateOnly(2018, 9, 26)), Member(joinedAt: Utc(2010, 1, 1, 9, 0), continuousSince: new DateOnly(2019, 1, 4)),
            false, "a member continuously only since 4 Jan 2019, after 26 Sep 2018");

    [Fact]
    public void NotInArrears_PaidUp_Passes() =>
        AssertOutcome(new NotInArrearsRule(new DateOnly(2020, 2, 5)), Member(paidUpTo: new DateOnly(2020, 3, 1)),
            true, "not in arrears on 5 Feb 2020: paid up to 1 Mar 2020");

    [Fact]
    public void NotInArrears_Behind_Fails() =>
        AssertOutcome(new NotInArrearsRule(new DateOnly(2020, 2, 5)), Member(paidUpTo: new DateOnly(2019, 12, 31)),
            false, "in arrears on 5 Feb 2020: paid up only to 31 Dec 2019");

    [Fact]
    public void NotInArrears_NoRecord_Fails() =>
        AssertOutcome(new NotInArrearsRule(new DateOnly(2020, 2, 5)), Member(noPaidUpTo: true),
            false, "in arrears on 5 Feb 2020: no subscription on record");

    [Fact]
    public void NotInArrears_WithinGrace_Passes() =>
        Assert.True(One(new NotInArrearsRule(new DateOnly(2020, 2, 5), GraceDays: 60), Member(paidUpTo: new DateOnly(2019, 12, 31))).Passed);

    [Fact]
    public void SectionDeclared_Before_Passes() =>
        AssertOutcome(
            new SectionDeclaredRule(Section.Disabled, LocalCutoff.At(new DateOnly(2022, 6, 17), new TimeOnly(23, 59))),
            Member(sections: [new SectionDeclaration(Section.Disabled, Utc(2021, 3, 1, 10, 0))]),
            true, "self-identified as disabled 1 Mar 2021, by 23:59 on 17 Jun 2022");

    [Fact]
    public void SectionDeclared_LateOnTheDay_FailsWithTimes() =>
        // 23:10 UTC is 00:10 BST on 18 Jun.
        AssertOutcome(
            new SectionDeclaredRule(Section.Disabled, LocalCutoff.At(new DateOnly(2022, 6, 17), new TimeOnly(23, 59))),
            Member(sections: [new SectionDeclaration(Section.Disabled, Utc(2022, 6, 17, 23, 10))]),
            false, "self-identified as disabled only 18 Jun 2022, after 23:59 on 17 Jun 2022");

    [Fact]
    public void SectionDeclared_OnTheDayBeforeTheTime_ShowsTheTime() =>
        AssertOutcome(
            new SectionDeclaredRule(Section.Disabled, LocalCutoff.At(new DateOnly(2022, 6, 17), new TimeOnly(23, 59))),
            Member(sections: [new SectionDeclaration(Section.Disabled, Utc(2022, 6, 17, 21, 0))]),
            true, "self-identified as disabled at 22:00 on 17 Jun 2022, by 23:59 on 17 Jun 2022");

    [Fact]
    public void SectionDeclared_OtherSectionOnly_Fails() =>
        AssertOutcome(
            new SectionDeclaredRule(Section.Bame, LocalCutoff.EndOfDay(new DateOnly(2024, 2, 23))),
            Member(sections: [new SectionDeclaration(Section.Women, Utc(2021, 3, 1, 10, 0))]),
            false, "has not self-identified as BAME (needed by the end of 23 Feb 2024)");

    [Fact]
    public void AgeUnder_Young_Passes() =>
        AssertOutcome(new AgeUnderRule(27, new DateOnly(2022, 6, 17)), Member(dateOfBirth: new DateOnly(2000, 1, 1)),
            true, "aged 22 on 17 Jun 2022, under 27");

    [Fact]
    public void AgeUnder_TwentySeventhBirthdayThatDay_Fails() =>
        AssertOutcome(new AgeUnderRule(27, new DateOnly(2022, 6, 17)), Member(dateOfBirth: new DateOnly(1995, 6, 17)),
            false, "aged 27 on 17 Jun 2022, not under 27");

    [Fact]
    public void AgeUnder_BirthdayNextDay_Passes() =>
        AssertOutcome(new AgeUnderRule(27, new DateOnly(2022, 6, 17)), Member(dateOfBirth: new DateOnly(1995, 6, 18)),
            true, "aged 26 on 17 Jun 2022, under 27");

    [Fact]
    public void AgeUnder_UnknownBirthDate_FailsSayingSo() =>
        AssertOutcome(new AgeUnderRule(27, new DateOnly(2022, 6, 17)), Member(dateOfBirth: null),
            false, "date of birth unknown, so cannot show aged under 27 on 17 Jun 2022");

    [Fact]
    public void AgeUnder_LeapDayBirth_ReachesAgeOnFirstMarch()
    {
        var rule = new AgeUnderRule(27, new DateOnly(2027, 2, 28));
        AssertOutcome(rule, Member(dateOfBirth: new DateOnly(2000, 2, 29)), true, "aged 26 on 28 Feb 2027, under 27");
        Assert.False(One(new AgeUnderRule(27, new DateOnly(2027, 3, 1)), Member(dateOfBirth: new DateOnly(2000, 2, 29))).Passed);
    }

    [Fact]
    public void WithinUnit_RegionContainsLocalParty_Passes() =>
        AssertOutcome(new WithinUnitRule(Presets.LondonCode), Member(localParty: "CLP-WALTHAMSTOW"),
            true, "local party CLP-WALTHAMSTOW is within London (LONDON)");

    [Fact]
    public void WithinUnit_NationContainsLocalPartyTwoLevelsDown_Passes() =>
        Assert.True(One(new WithinUnitRule("ENGLAND"), Member(localParty: "CLP-BOLTON")).Passed);

    [Fact]
    public void WithinUnit_OtherNation_Fails() =>
        AssertOutcome(new WithinUnitRule(Presets.WalesCode), Member(localParty: "CLP-BOLTON"),
            false, "local party CLP-BOLTON is not within Wales (WALES)");

    [Fact]
    public void WithinUnit_LocalPartyMissingFromTree_Fails() =>
        Assert.False(One(new WithinUnitRule("ENGLAND"), Member(localParty: "CLP-UNKNOWN")).Passed);

    [Fact]
    public void Councillor_Yes_Passes() =>
        AssertOutcome(new CouncillorRule(), Member(councillor: true), true, "a serving councillor");

    [Fact]
    public void Councillor_No_Fails() =>
        AssertOutcome(new CouncillorRule(), Member(councillor: false), false, "not a serving councillor");

    [Theory]
    [InlineData(AffiliatedSupporterPolicy.Included, null, true, "an individual member (affiliated supporters also included)")]
    [InlineData(AffiliatedSupporterPolicy.Included, "UNITE", true, "an affiliated supporter (included)")]
    [InlineData(AffiliatedSupporterPolicy.Excluded, null, true, "an individual member (affiliated supporters excluded)")]
    [InlineData(AffiliatedSupporterPolicy.Excluded, "UNITE", false, "an affiliated supporter, and affiliated supporters are excluded")]
    [InlineData(AffiliatedSupporterPolicy.Only, "UNITE", true, "an affiliated supporter")]
    [InlineData(AffiliatedSupporterPolicy.Only, null, false, "not an affiliated supporter (affiliated supporters only)")]
    public void AffiliatedSupporters_Policy_DecidesWithReason(AffiliatedSupporterPolicy policy, string? affiliate, bool passed, string reason) =>
        AssertOutcome(new AffiliatedSupportersRule(policy), Member(affiliate: affiliate), passed, reason);

    [Fact]
    public void AllOf_OneFails_FailsWithOnlyTheFailingReason()
    {
        var outcome = One(new AllOfRule([new CouncillorRule(), new StatusRule([MemberStatus.Full])]), Member(councillor: false));
        Assert.False(outcome.Passed);
        Assert.Equal("not a serving councillor", outcome.Reason);
        Assert.Equal(2, outcome.Children.Count);
    }

    [Fact]
    public void AnyOf_SecondPasses_PassesWithItsReason()
    {
        var outcome = One(new AnyOfRule([new CouncillorRule(), new StatusRule([MemberStatus.Full])]), Member(councillor: false));
        Assert.True(outcome.Passed);
        Assert.Equal("member status is full (full required)", outcome.Reason);
    }

    [Fact]
    public void AnyOf_NonePass_FailsListingEach()
    {
        var outcome = One(new AnyOfRule([new CouncillorRule(), new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Only)]), Member());
        Assert.False(outcome.Passed);
        Assert.Equal("none of the alternatives holds: not a serving councillor / not an affiliated supporter (affiliated supporters only)", outcome.Reason);
    }

    [Fact]
    public void Not_InnerPasses_Fails() =>
        AssertOutcome(new NotRule(new CouncillorRule()), Member(councillor: true), false, "excluded because a serving councillor");

    [Fact]
    public void Not_InnerFails_Passes() =>
        AssertOutcome(new NotRule(new CouncillorRule()), Member(councillor: false), true, "not excluded: not a serving councillor");
}
