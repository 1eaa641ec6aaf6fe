using Omov.Elections.Nominations;
using Omov.Elections.Register;
using Omov.Elections.Tests.Eligibility;

namespace Omov.Elections.Tests.Nominations;

public sealed class NominationChecksTests
{
    // NEC CLP 2020: 11 Jul to midnight at the end of 27 Sep 2020 (BST), labour-rules.md §2.2.3.
    private static NominationPeriod Nec() => new()
    {
        ContestCode = "nec-clp-2020",
        OpensAt = new DateTimeOffset(2020, 7, 10, 23, 0, 0, TimeSpan.Zero),
        ClosesAt = new DateTimeOffset(2020, 9, 27, 23, 0, 0, TimeSpan.Zero),
        Thresholds = ThresholdPresets.NecClp2020(),
    };

    private static NominationPeriod Leader() => Nec() with { ContestCode = "leader-2020", Thresholds = ThresholdPresets.Leader2020() };

    private static Nomination Made(string candidate) => new()
    {
        Id = 1, ContestCode = "leader-2020", BodyKind = NominatingBodyKind.LocalParty, BodyCode = "CLP-BOLTON", CandidateCode = candidate,
        Decision = "AMM", RecordedBy = "cli:test", RecordedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Timing_OneTickBeforeOpen_RefusedAsNotOpen()
    {
        Assert.Equal(NominationRefusalKind.NotOpenYet, NominationChecks.Timing(Nec(), Nec().OpensAt.AddTicks(-1))?.Kind);
        Assert.Null(NominationChecks.Timing(Nec(), Nec().OpensAt));
    }

    [Fact]
    public void Timing_AtTheClose_RefusedAsLateWithLocalTime()
    {
        Assert.Null(NominationChecks.Timing(Nec(), Nec().ClosesAt.AddTicks(-1)));
        var refusal = NominationChecks.Timing(Nec(), Nec().ClosesAt);

        Assert.Equal(NominationRefusalKind.Closed, refusal?.Kind);
        Assert.Contains("00:00 on 28 Sep 2020 (Europe/London)", refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerBody_SecondNominationForLeader_Refused()
    {
        var refusal = NominationChecks.PerBody(Leader(), NominatingBodyKind.LocalParty, "CLP-BOLTON", "nandy", [Made("starmer")]);

        Assert.Equal(NominationRefusalKind.BodyLimitReached, refusal?.Kind);
        Assert.Contains("one candidate per contest", refusal!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerBody_SameCandidateTwice_RefusedAsDuplicate()
    {
        Assert.Equal(NominationRefusalKind.AlreadyNominated, NominationChecks.PerBody(Nec(), NominatingBodyKind.LocalParty, "CLP-BOLTON", "black", [Made("black")])?.Kind);
    }

    [Fact]
    public void PerBody_NecClpNinthAllowedTenthRefused()
    {
        Nomination[] eight = [.. Enumerable.Range(1, 8).Select(i => Made("c" + i))];
        Nomination[] nine = [.. eight, Made("c9")];

        Assert.Null(NominationChecks.PerBody(Nec(), NominatingBodyKind.LocalParty, "CLP-BOLTON", "c9", eight));
        Assert.Equal(NominationRefusalKind.BodyLimitReached, NominationChecks.PerBody(Nec(), NominatingBodyKind.LocalParty, "CLP-BOLTON", "c10", nine)?.Kind);
    }

    [Fact]
    public void CloseDate_MidnightClose_IsTheDayBefore()
    {
        Assert.Equal(new DateOnly(2020, 9, 27), Nec().CloseDate());
    }

    [Fact]
    public void CandidateEligibility_TwelveMonthsByTheClose_Boundary()
    {
        // Close 27 Sep 2020: continuous since 27 Sep 2019 is exactly 12 months; a day later is short.
        var enough = Fixtures.Member(continuousSince: new DateOnly(2019, 9, 27));
        var shortBy1Day = Fixtures.Member(continuousSince: new DateOnly(2019, 9, 28));

        Assert.True(CandidateEligibility.Decide(Nec(), enough, Fixtures.Tree).IsEligible);
        var refused = CandidateEligibility.Decide(Nec(), shortBy1Day, Fixtures.Tree);
        Assert.False(refused.IsEligible);
        Assert.Contains("12 months", refused.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void CandidateEligibility_AffiliatedSupporter_NotEligible()
    {
        Assert.False(CandidateEligibility.Decide(Leader(), Fixtures.Member(affiliate: "UNITE"), Fixtures.Tree).IsEligible);
        Assert.True(CandidateEligibility.Decide(Leader(), Fixtures.Member(status: MemberStatus.Full), Fixtures.Tree).IsEligible);
    }
}
