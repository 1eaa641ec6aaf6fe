using Omov.Elections.Eligibility;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;
using Omov.Elections.Tests.Eligibility;

namespace Omov.Elections.Tests.Messages;

public sealed class SegmentRulesTests
{
    private static readonly LocalCutoff s_today = LocalCutoff.EndOfDay(new DateOnly(2020, 2, 3));

    // The seed notice: "Any Walthamstow Labour Party member who has been a member since on or before 17 December 2019 can vote".
    private static Segment Walthamstow() => new("CLP-WALTHAMSTOW", [MemberStatus.Full], LocalCutoff.EndOfDay(new DateOnly(2019, 12, 17)));

    private static CompiledRulebook Compile(Segment segment, Rulebook? contest = null) =>
        EligibilityEvaluator.Compile(SegmentRules.Build(segment, contest, s_today, "test segment"), Fixtures.Tree);

    [Fact]
    public void Build_NominationMeetingCutoff_IncludesTheLastSecondOfTheDayAndNotTheNext()
    {
        var rules = Compile(Walthamstow());

        // December: London is on GMT, so local midnight is UTC midnight.
        Assert.True(rules.IsEligible(Fixtures.Member(joinedAt: new DateTimeOffset(2019, 12, 17, 23, 59, 59, TimeSpan.Zero))));
        Assert.True(rules.IsEligible(Fixtures.Member(joinedAt: new DateTimeOffset(2019, 12, 17, 0, 0, 0, TimeSpan.Zero))));
        Assert.False(rules.IsEligible(Fixtures.Member(joinedAt: new DateTimeOffset(2019, 12, 18, 0, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void Build_CutoffInSummerTime_UsesLondonMidnightNotUtc()
    {
        var rules = Compile(Walthamstow() with { JoinedBy = LocalCutoff.EndOfDay(new DateOnly(2020, 6, 30)) });

        // 23:59:59 BST on 30 June is 22:59:59 UTC; 00:00 BST on 1 July is 23:00 UTC on 30 June.
        Assert.True(rules.IsEligible(Fixtures.Member(joinedAt: new DateTimeOffset(2020, 6, 30, 22, 59, 59, TimeSpan.Zero))));
        Assert.False(rules.IsEligible(Fixtures.Member(joinedAt: new DateTimeOffset(2020, 6, 30, 23, 0, 0, TimeSpan.Zero))));
    }

    [Fact]
    public void Build_StatusAndUnit_LeaveOutOtherStatusesAndParties()
    {
        var rules = Compile(Walthamstow());

        Assert.False(rules.IsEligible(Fixtures.Member(status: MemberStatus.Provisional)));
        Assert.False(rules.IsEligible(Fixtures.Member(status: MemberStatus.Lapsed)));
        Assert.False(rules.IsEligible(Fixtures.Member(localParty: "CLP-BOLTON")));
        Assert.True(rules.IsEligible(Fixtures.Member()));
    }

    [Fact]
    public void Build_RegionOrNation_IncludesEveryLocalPartyUnderIt()
    {
        var london = Compile(new Segment(Presets.LondonCode, [MemberStatus.Full, MemberStatus.Provisional]));
        var england = Compile(new Segment("ENGLAND", [MemberStatus.Full]));

        Assert.True(london.IsEligible(Fixtures.Member(status: MemberStatus.Provisional)));
        Assert.False(london.IsEligible(Fixtures.Member(localParty: "CLP-BOLTON")));
        Assert.True(england.IsEligible(Fixtures.Member(localParty: "CLP-BOLTON")));
        Assert.False(england.IsEligible(Fixtures.Member(localParty: "CLP-CARDIFF")));
    }

    [Fact]
    public void Build_PaidUpBy_TheDateItselfCounts()
    {
        var rules = Compile(new Segment(null, [MemberStatus.Full], PaidUpBy: new DateOnly(2020, 1, 31)));

        Assert.True(rules.IsEligible(Fixtures.Member(paidUpTo: new DateOnly(2020, 1, 31))));
        Assert.False(rules.IsEligible(Fixtures.Member(paidUpTo: new DateOnly(2020, 1, 30))));
        Assert.False(rules.IsEligible(Fixtures.Member(noPaidUpTo: true)));
    }

    [Fact]
    public void Build_SeveralSections_AnyOneOfThemIsEnough()
    {
        var rules = Compile(new Segment(null, [MemberStatus.Full], Sections: [Section.Women, Section.Disabled]));
        var declared = new DateTimeOffset(2019, 5, 1, 12, 0, 0, TimeSpan.Zero);

        Assert.True(rules.IsEligible(Fixtures.Member(sections: [new SectionDeclaration(Section.Disabled, declared)])));
        Assert.True(rules.IsEligible(Fixtures.Member(sections: [new SectionDeclaration(Section.Women, declared)])));
        Assert.False(rules.IsEligible(Fixtures.Member(sections: [new SectionDeclaration(Section.Bame, declared)])));
        Assert.False(rules.IsEligible(Fixtures.Member()));
        // Declared after the send day: not (yet) in the segment.
        Assert.False(rules.IsEligible(Fixtures.Member(sections: [new SectionDeclaration(Section.Women, new DateTimeOffset(2020, 2, 4, 9, 0, 0, TimeSpan.Zero))])));
    }

    [Fact]
    public void Build_WithContestRulebook_MembersMustAlsoBeEligibleUnderIt()
    {
        var leader = Presets.LeaderAndDeputy2020();
        var segment = new Segment("CLP-WALTHAMSTOW", [MemberStatus.Full], ContestCode: "LEADER-2020");
        var rules = Compile(segment, leader);
        var joinedLate = Fixtures.Member(joinedAt: new DateTimeOffset(2020, 1, 21, 9, 0, 0, TimeSpan.Zero));
        var alone = EligibilityEvaluator.Compile(leader, Fixtures.Tree);

        Assert.Equal(alone.IsEligible(Fixtures.Member()), rules.IsEligible(Fixtures.Member()));
        Assert.False(alone.IsEligible(joinedLate));
        Assert.False(rules.IsEligible(joinedLate));
        Assert.False(rules.IsEligible(Fixtures.Member(localParty: "CLP-BOLTON")));
        Assert.Equal("contest LEADER-2020: " + leader.Id + " v" + leader.Version, SegmentRules.Build(segment, leader, s_today, "x").Source);
    }

    [Fact]
    public void Build_ContestNamedWithoutItsRulebook_IsAProgrammerError()
    {
        Assert.Throws<ArgumentException>(() => SegmentRules.Build(new Segment(null, [MemberStatus.Full], ContestCode: "X"), null, s_today, "x"));
    }

    [Fact]
    public void Build_Always_StartsWithTheStatusRuleAndValidates()
    {
        var rulebook = SegmentRules.Build(Walthamstow() with { Sections = [Section.Women], PaidUpBy = new DateOnly(2020, 1, 1) }, null, s_today, "described");

        Assert.IsType<StatusRule>(rulebook.Rules[0]);
        Assert.Equal("described", rulebook.Title);
        Assert.Empty(RulebookValidator.Validate(rulebook, Fixtures.Tree));
    }

    [Fact]
    public void Describe_NominationMeeting_ReadsAsTheNoticeDoes()
    {
        Assert.Equal("full members of Walthamstow who joined on or before 17 Dec 2019", SegmentWording.Describe(Walthamstow(), "Walthamstow"));
        Assert.Equal(
            "full or provisional members of the whole organisation who are paid up to 1 Jan 2020 and have declared themselves women or disabled, eligible under the rules of contest NEC",
            SegmentWording.Describe(new Segment(null, [MemberStatus.Full, MemberStatus.Provisional], PaidUpBy: new DateOnly(2020, 1, 1), Sections: [Section.Women, Section.Disabled], ContestCode: "NEC"), null));
    }

    [Fact]
    public void HasNoStatus_EmptyOrUnknown_True()
    {
        Assert.True(SegmentRules.HasNoStatus(new Segment(null, [])));
        Assert.True(SegmentRules.HasNoStatus(new Segment(null, [(MemberStatus)42])));
        Assert.False(SegmentRules.HasNoStatus(new Segment(null, SegmentRules.DefaultStatuses)));
    }
}
