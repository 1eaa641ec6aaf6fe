using Omov.Data.Nominations;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Nominations;
using Omov.Elections.Staff;

namespace Omov.Data.Tests.Nominations;

public abstract class NominationServiceTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    private static StaffAccount Officer(string localParty) => new()
    {
        Id = Guid.NewGuid(), Username = "officer", DisplayName = "Officer", Email = "officer@example.org",
        Roles = [StaffRole.LocalOfficer], LocalPartyCode = localParty, PasswordHash = "x", CreatedAt = DateTimeOffset.UnixEpoch,
    };

    private static async Task<AuditEntry> LastAuditAsync(NominationFixture f) => (await f.Database.AuditLog.ReadLatestAsync(1))[0];

    [Fact]
    public async Task SetPeriodAsync_LocalTimes_StoredAsUtcAndRoundTrip()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);

        var period = await f.Database.Nominations.GetPeriodAsync(NominationFixture.Contest);

        Assert.Equal(new DateTimeOffset(2020, 1, 15, 0, 0, 0, TimeSpan.Zero), period!.OpensAt);
        Assert.Equal(new DateTimeOffset(2020, 2, 15, 0, 0, 0, TimeSpan.Zero), period.ClosesAt);
        Assert.Equal(NominationThresholdsJson.Serialize(ThresholdPresets.Leader2020() with { CandidateMonths = 12 }), NominationThresholdsJson.Serialize(period.Thresholds));
        Assert.Equal(["starmer", "rlb", "late"], (await f.Database.Nominations.ListCandidatesAsync(NominationFixture.Contest)).Select(c => c.Code));
    }

    [Fact]
    public async Task TrackerAsync_NominationsByKind_CountedAndQualified()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);
        Assert.True((await f.RecordAsync(NominatingBodyKind.ElectedMember, "MP-01", "starmer")).Success);
        Assert.True((await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(1), "starmer")).Success);
        Assert.True((await f.RecordAsync(NominatingBodyKind.ElectedMember, "MP-02", "rlb")).Success);
        Assert.True((await f.RecordAsync(NominatingBodyKind.Affiliate, "UNISON", "rlb")).Success);
        Assert.True((await f.RecordAsync(NominatingBodyKind.Affiliate, "FABIANS", "rlb")).Success);

        var tracker = (await f.Service.TrackerAsync(NominationFixture.Contest)).Value!;

        Assert.Equal(new NominatingTotals(10, 20, 1_000_000), tracker.Totals);
        Assert.Equal(new CandidateTally(1, 1, 0, 0, 0), tracker.Rows[0].Tally);
        Assert.True(tracker.Rows[0].Qualified);
        Assert.Equal(new CandidateTally(1, 0, 2, 1, 700_000), tracker.Rows[1].Tally);
        Assert.False(tracker.Rows[1].Qualified);
        Assert.True((await f.RecordAsync(NominatingBodyKind.Affiliate, "GMB", "rlb")).Success);
        Assert.True((await f.Service.TrackerAsync(NominationFixture.Contest)).Value!.Rows[1].Qualified);
    }

    [Fact]
    public async Task RecordAsync_BodyAlreadyNominated_RefusedAndAudited()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);
        await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(2), "starmer");

        var again = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(2), "rlb");
        var twice = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(2), "starmer");

        Assert.Equal(ServiceFailure.Conflict, again.Failure);
        Assert.Contains("one candidate per contest", again.Error, StringComparison.Ordinal);
        Assert.Contains("already nominated starmer", twice.Error, StringComparison.Ordinal);
        var audit = await LastAuditAsync(f);
        Assert.Equal(AuditActions.NominationRefused, audit.Action);
        Assert.Equal(nameof(NominationRefusalKind.AlreadyNominated), audit.Details["reason"]);
        Assert.Single(await f.Database.Nominations.ListAsync(NominationFixture.Contest));
    }

    [Fact]
    public async Task RecordAsync_OneClpForLeaderAndOneForDeputy_BothStand()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);
        await new ContestService(f.Database).AddAsync("deputy-2020", "Deputy 2020", Omov.Elections.Rulebooks.Presets.LeaderAndDeputy2020(), NominationFixture.Actor);
        await f.Service.SetPeriodAsync("deputy-2020", new DateTime(2020, 1, 15, 0, 0, 0), new DateTime(2020, 2, 15, 0, 0, 0), "Europe/London", ThresholdPresets.Deputy2020(), NominationFixture.Actor);
        await f.Service.AddCandidateAsync("deputy-2020", new NominationCandidate("rayner", "RAYNER", "L2", "", ["women"]), NominationFixture.Actor);

        var leader = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(7), "starmer");
        var deputy = await f.Service.RecordAsync(new NominationRequest("deputy-2020", NominatingBodyKind.LocalParty, NominationFixture.Clp(7), "rayner", "Same meeting"), NominationFixture.Actor);
        var secondDeputy = await f.Service.RecordAsync(new NominationRequest("deputy-2020", NominatingBodyKind.LocalParty, NominationFixture.Clp(7), "rayner", "Again"), NominationFixture.Actor);

        Assert.True(leader.Success, leader.Error);
        Assert.True(deputy.Success, deputy.Error);
        Assert.False(secondDeputy.Success);
    }

    [Fact]
    public async Task RecordAsync_AtTheCloseAndBeforeTheOpen_Refused()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);
        await using var g = await NominationFixture.CreateAsync(_provider);
        f.Time.SetUtcNow(new DateTimeOffset(2020, 2, 15, 0, 0, 0, TimeSpan.Zero));
        var late = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(1), "starmer");

        Assert.Contains("closed at 00:00 on 15 Feb 2020 (Europe/London)", late.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(NominationRefusalKind.Closed), (await LastAuditAsync(f)).Details["reason"]);
        Assert.Empty(await f.Database.Nominations.ListAsync(NominationFixture.Contest));

        // The clock only moves forward: a second database whose period opens later.
        await g.Service.SetPeriodAsync(NominationFixture.Contest, new DateTime(2020, 1, 20, 12, 0, 1), new DateTime(2020, 2, 15, 0, 0, 0), "Europe/London", ThresholdPresets.Leader2020(), NominationFixture.Actor);
        var early = await g.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(1), "starmer");
        Assert.Contains("too early", early.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(NominationRefusalKind.NotOpenYet), (await LastAuditAsync(g)).Details["reason"]);
        Assert.Empty(await f.Database.Nominations.ListAsync(NominationFixture.Contest));
    }

    [Fact]
    public async Task RecordAsync_LocalOfficerOfAnotherParty_RefusedOwnPartyAllowed()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);

        var other = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(3), "starmer", Officer(NominationFixture.Clp(4)));
        var union = await f.RecordAsync(NominatingBodyKind.Affiliate, "GMB", "starmer", Officer(NominationFixture.Clp(4)));
        var own = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(4), "starmer", Officer(NominationFixture.Clp(4)));

        Assert.Equal(ServiceFailure.Refused, other.Failure);
        Assert.Contains("may record the nominations of CLP-004 only", other.Error, StringComparison.Ordinal);
        Assert.Equal(ServiceFailure.Refused, union.Failure);
        Assert.True(own.Success, own.Error);
    }

    [Fact]
    public async Task RecordAsync_CandidateUnderTwelveMonths_Refused()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);

        var refused = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(1), "late");

        Assert.Equal(ServiceFailure.Conflict, refused.Failure);
        Assert.Contains("late may not stand", refused.Error, StringComparison.Ordinal);
        Assert.Contains("12 months", refused.Error, StringComparison.Ordinal);
        Assert.Equal(nameof(NominationRefusalKind.CandidateNotEligible), (await LastAuditAsync(f)).Details["reason"]);
    }

    [Fact]
    public async Task RecordAsync_UnknownBodyAndCandidate_Refused()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);

        Assert.Equal(ServiceFailure.NotFound, (await f.RecordAsync(NominatingBodyKind.LocalParty, "ENG", "starmer")).Failure);
        Assert.Equal(ServiceFailure.NotFound, (await f.RecordAsync(NominatingBodyKind.Affiliate, "UNITE", "starmer")).Failure);
        Assert.Equal(ServiceFailure.NotFound, (await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(1), "nobody")).Failure);
    }

    [Fact]
    public async Task RecordAsync_SameBodyAtOnce_ExactlyOneStands()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);

        var results = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(5), i % 2 == 0 ? "starmer" : "rlb"))));

        Assert.Equal(1, results.Count(r => r.Success));
        Assert.Single(await f.Database.Nominations.ListAsync(NominationFixture.Contest));
    }

    [Fact]
    public async Task WithdrawAsync_ThenTheBodyMayNominateAgain()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);
        var first = (await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(6), "starmer")).Value!;

        var withdrawn = await f.Service.WithdrawAsync(first.Id, "recorded for the wrong candidate", NominationFixture.Actor);
        var again = await f.Service.WithdrawAsync(first.Id, "twice", NominationFixture.Actor);
        var second = await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(6), "rlb");

        Assert.True(withdrawn.Success, withdrawn.Error);
        Assert.Equal(NominationFixture.Actor, withdrawn.Value.WithdrawnBy);
        Assert.Equal(ServiceFailure.NotFound, again.Failure);
        Assert.True(second.Success, second.Error);
        Assert.Equal(2, (await f.Database.Nominations.ListAsync(NominationFixture.Contest, includeWithdrawn: true)).Count);
        Assert.Equal(["rlb"], (await f.Database.Nominations.ListAsync(NominationFixture.Contest)).Select(n => n.CandidateCode));
    }

    [Fact]
    public async Task SendQualifiedAsync_DraftEvent_FillsTheContestWithStatementsAndGroups()
    {
        await using var f = await NominationFixture.CreateAsync(_provider);
        var ballot = EventPresets.Leadership2020() with { Id = Guid.NewGuid() };
        await f.Database.BallotEvents.AddAsync(ballot);
        await f.RecordAsync(NominatingBodyKind.ElectedMember, "MP-01", "rlb");
        await f.RecordAsync(NominatingBodyKind.LocalParty, NominationFixture.Clp(1), "rlb");

        var sent = await f.Service.SendQualifiedAsync(NominationFixture.Contest, ballot.Code, "leader", NominationFixture.Actor);

        Assert.True(sent.Success, sent.Error);
        var stored = await f.Database.BallotEvents.GetAsync(ballot.Code);
        var candidate = Assert.Single(stored!.Contest("leader")!.Candidates);
        Assert.Equal((1, "RLB"), (candidate.Number, candidate.Name));
        Assert.Equal(["women"], candidate.Groups);
        Assert.Equal("Statement of rlb", candidate.Statement);
        Assert.Equal(ballot.Contest("deputy")!.Candidates.Count, stored.Contest("deputy")!.Candidates.Count);
        Assert.Equal(AuditActions.NominationsSentToEvent, (await LastAuditAsync(f)).Action);

        await f.Database.BallotEvents.ChangeStatusAsync(ballot.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled);
        var tooLate = await f.Service.SendQualifiedAsync(NominationFixture.Contest, ballot.Code, "leader", NominationFixture.Actor);
        Assert.Equal(ServiceFailure.Conflict, tooLate.Failure);
        Assert.Contains("not a draft", tooLate.Error, StringComparison.Ordinal);
    }
}

public sealed class SqliteNominationServiceTests : NominationServiceTests<SqliteProvider>;

public sealed class PostgresNominationServiceTests : NominationServiceTests<PostgresProvider>;
