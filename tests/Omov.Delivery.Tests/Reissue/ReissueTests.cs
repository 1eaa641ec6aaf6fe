using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Data.Tests.Providers;
using Omov.Data.Voting;
using Omov.Delivery.Email;
using Omov.Delivery.Reissue;
using Omov.Delivery.Tests.Smtp;
using Omov.Elections.Audit;
using Omov.Elections.Credentials;

namespace Omov.Delivery.Tests.Reissue;

/// <summary>Self-service and staff reissue on both engines, with the replacement read from a real SMTP server.</summary>
public abstract partial class ReissueTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero));

    private async Task<(TestDatabase Test, OmovDatabase Db, ReissueScene Scene)> OpenAsync(DateTimeOffset? at = null)
    {
        _time.SetUtcNow(at ?? ReissueScene.Midway);
        var test = await _provider.CreateAsync();
        var db = await OmovDatabase.OpenAsync(test.Connection, _time);
        return (test, db, await ReissueScene.CreateAsync(db));
    }

    private static SelfServiceReissue SelfService(OmovDatabase db) => new(db, ReissueScene.Settings);

    private static async Task<List<(MimeKit.MimeMessage Message, string[] Recipients)>> SendAllAsync(OmovDatabase db, SmtpSink sink, FakeTimeProvider time)
    {
        await using var sender = new EmailSender(db.EmailOutbox, sink.Settings, new EmailSenderOptions { BatchSize = 50 }, time: time);
        await sender.RunUntilEmptyAsync();
        return [.. sink.Received()];
    }

    [GeneratedRegex("https://vote\\.example\\.org/vote/([0-9A-Z]+)")]
    private static partial Regex VotingLinkPattern();

    [Fact]
    public async Task SelfService_EmailMatches_NewCodeArrivesAtTheAddressOnFileAndTheOldOneIsRevoked()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();

        var result = await SelfService(db).RequestAsync(scene.Event, new SelfServiceRequest(" L0000001 ", "  ANN@Example.org ", null, null));

        Assert.Equal(new SelfServiceResult(false, SelfServiceOutcome.SentByEmail), result);
        var (message, recipients) = Assert.Single(await SendAllAsync(db, sink, _time));
        Assert.Equal(["ann@example.org"], recipients);
        Assert.Equal("Your ballot: Election of Labour Leader and Deputy Leader 2020", message.Subject);
        var token = VotingLinkPattern().Match(message.TextBody!).Groups[1].Value;
        var code = VotingCode.Parse(token).Code!;
        var current = await db.Votes.FindCredentialAsync(ReissueScene.Hash(scene.Event, code));
        Assert.Equal((CredentialStatus.Current, ReissueScene.EmailVoter), (current!.Status, current.Voter.MembershipNumber));
        Assert.Equal(CredentialStatus.Reissued, await scene.FirstCodeStatusAsync(db, ReissueScene.EmailVoter));
        Assert.Equal(1, (await db.Votes.ReadTurnoutAsync(scene.Event.Id)).CodesReissued);
    }

    [Fact]
    public async Task SelfService_PostcodeAndDateOfBirth_PostalVoterGetsAPackQueuedToTheAddressOnFile()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var result = await SelfService(db).RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.PostVoter, null, "cf101aa", new DateOnly(1990, 2, 28)));

        Assert.Equal(SelfServiceOutcome.SentByPost, result.Outcome);
        var pending = Assert.Single(await db.Reissues.ListPendingPostalAsync(scene.Event.Id));
        Assert.Equal(ReissueScene.PostVoter, pending.MembershipNumber);
        var code = VotingCode.Parse(pending.VotingCode).Code!;
        Assert.Equal(CredentialStatus.Current, (await db.Votes.FindCredentialAsync(ReissueScene.Hash(scene.Event, code)))!.Status);
        Assert.Equal(0, (await db.EmailOutbox.CountAsync()).Queued);
    }

    [Theory]
    [InlineData(ReissueScene.EmailVoter, "someone-else@example.org", null, null)] // an address typed in is never used
    [InlineData(ReissueScene.EmailVoter, null, "M15 5AB", "1990-03-01")] // wrong date of birth
    [InlineData(ReissueScene.EmailVoter, null, "M15 5AC", "1990-02-28")] // wrong postcode
    [InlineData(ReissueScene.EmailVoter, null, "M15 5AB", null)] // postcode without the date
    [InlineData(ReissueScene.Voted, "bea@example.org", null, null)] // has voted
    [InlineData(ReissueScene.NotAVoter, "dee@example.org", null, null)] // a member with no ballot
    [InlineData("L9999999", "ann@example.org", null, null)] // no such member
    public async Task SelfService_NothingToSend_SameAnswerAndNothingChanges(string number, string? email, string? postcode, string? born)
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var result = await SelfService(db).RequestAsync(scene.Event, new SelfServiceRequest(number, email, postcode, born is null ? null : DateOnly.Parse(born, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(new SelfServiceResult(false, SelfServiceOutcome.NothingSent), result);
        Assert.Equal(new OutboxCounts(0, 0, 0, 0, 0, 0), await db.EmailOutbox.CountAsync());
        Assert.Empty(await db.Reissues.ListPendingPostalAsync(scene.Event.Id));
        Assert.Equal(0, (await db.Votes.ReadTurnoutAsync(scene.Event.Id)).CodesReissued);
        Assert.Equal([(ReissueScene.Midway, (string?)"none")], await db.Reissues.ListRequestsAsync(scene.Event.Id, number));
    }

    [Fact]
    public async Task SelfService_OverTheLimitForANumber_NothingSentEvenWithTheRightDetails()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var service = SelfService(db);
        for (var i = 0; i < ReissueScene.Settings.RequestsPerNumber; i++)
        {
            await service.RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.EmailVoter, null, "M15 5AB", new DateOnly(2000, 1, 1 + i)));
        }

        var blocked = await service.RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.EmailVoter, "ann@example.org", null, null));
        _time.Advance(ReissueScene.Settings.RequestWindow);
        var later = await service.RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.EmailVoter, "ann@example.org", null, null));

        Assert.Equal(SelfServiceOutcome.NothingSent, blocked.Outcome);
        Assert.Equal(SelfServiceOutcome.SentByEmail, later.Outcome);
    }

    [Fact]
    public async Task SelfService_BeforeTheWindowAndAfterTheClose_WindowClosedAndNothingRecorded()
    {
        var (test, db, scene) = await OpenAsync(new DateTimeOffset(2020, 3, 2, 9, 0, 0, TimeSpan.Zero).AddTicks(-1));
        await using var _ = test;
        using var __ = db;
        var request = new SelfServiceRequest(ReissueScene.EmailVoter, "ann@example.org", null, null);

        var early = await SelfService(db).RequestAsync(scene.Event, request);
        _time.SetUtcNow(scene.Event.Timetable.Close);
        var late = await SelfService(db).RequestAsync(scene.Event, request);

        Assert.Equal(new SelfServiceResult(true, SelfServiceOutcome.Closed), early);
        Assert.Equal(new SelfServiceResult(true, SelfServiceOutcome.Closed), late);
        Assert.Empty(await db.Reissues.ListRequestsAsync(scene.Event.Id, ReissueScene.EmailVoter));
    }

    [Fact]
    public async Task SelfService_PostalVoterAfterThePostalDeadline_NothingSent()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        _time.SetUtcNow(scene.Event.Timetable.PostalReissueCloses);

        var post = await SelfService(db).RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.PostVoter, null, "CF10 1AA", new DateOnly(1990, 2, 28)));
        var email = await SelfService(db).RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.EmailVoter, "ann@example.org", null, null));

        Assert.Equal(SelfServiceOutcome.NothingSent, post.Outcome);
        Assert.Equal(SelfServiceOutcome.SentByEmail, email.Outcome);
    }

    [Fact]
    public async Task SelfService_AuditEntry_NamesNeitherTheMemberNorTheOutcome()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await SelfService(db).RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.EmailVoter, "ann@example.org", null, null));
        await SelfService(db).RequestAsync(scene.Event, new SelfServiceRequest(ReissueScene.Voted, "bea@example.org", null, null));

        var entries = (await db.AuditLog.ReadLatestAsync(10)).Where(e => e.Action == AuditActions.ReissueRequested).ToList();

        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(("lead-2020", 0), (e.Subject, e.Details.Count)));
    }

    [Fact]
    public async Task Staff_ReissueByPost_AuditedWithTheReasonAndQueued()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var result = await new StaffReissue(db, ReissueScene.Settings).ReissueAsync(scene.Event, ReissueScene.EmailVoter, ReissueChannel.Post, "email bounced; identity checked by phone", "staff:ro");

        Assert.True(result.Succeeded, result.Message);
        Assert.Single(await db.Reissues.ListPendingPostalAsync(scene.Event.Id));
        var entry = (await db.AuditLog.ReadLatestAsync(1)).Single();
        Assert.Equal(("staff:ro", AuditActions.BallotReissued, ReissueScene.EmailVoter), (entry.Actor, entry.Action, entry.Subject));
        Assert.Equal("email bounced; identity checked by phone", entry.Details["reason"]);
        Assert.Equal("post", entry.Details["channel"]);
    }

    [Fact]
    public async Task Staff_MemberHasVoted_RefusedAndSaysSo()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var result = await new StaffReissue(db, ReissueScene.Settings).ReissueAsync(scene.Event, ReissueScene.Voted, ReissueChannel.Email, "lost email", "staff:ro");

        Assert.Equal(StaffReissueOutcome.AlreadyVoted, result.Outcome);
        Assert.Contains("already voted", result.Message, StringComparison.Ordinal);
        Assert.Equal(0, (await db.EmailOutbox.CountAsync()).Queued);
    }

    [Theory]
    [InlineData(ReissueScene.EmailVoter, ReissueChannel.Email, "", StaffReissueOutcome.ReasonMissing)]
    [InlineData(ReissueScene.PostVoter, ReissueChannel.Email, "lost", StaffReissueOutcome.NoEmailOnFile)]
    [InlineData(ReissueScene.NotAVoter, ReissueChannel.Email, "lost", StaffReissueOutcome.NotAVoter)]
    [InlineData("L9999999", ReissueChannel.Email, "lost", StaffReissueOutcome.NoSuchMember)]
    public async Task Staff_Refusals_NothingIssued(string number, ReissueChannel channel, string reason, StaffReissueOutcome expected)
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var result = await new StaffReissue(db, ReissueScene.Settings).ReissueAsync(scene.Event, number, channel, reason, "staff:ro");

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(0, (await db.Votes.ReadTurnoutAsync(scene.Event.Id)).CodesReissued);
    }

    [Fact]
    public async Task Staff_PostAfterThePostalDeadline_WindowClosedButEmailStillWorks()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        _time.SetUtcNow(scene.Event.Timetable.PostalReissueCloses);
        var staff = new StaffReissue(db, ReissueScene.Settings);

        var post = await staff.ReissueAsync(scene.Event, ReissueScene.EmailVoter, ReissueChannel.Post, "lost", "staff:ro");
        var email = await staff.ReissueAsync(scene.Event, ReissueScene.EmailVoter, ReissueChannel.Email, "lost", "staff:ro");

        Assert.Equal(StaffReissueOutcome.WindowClosed, post.Outcome);
        Assert.Equal(StaffReissueOutcome.Reissued, email.Outcome);
    }
}

public sealed class SqliteReissueTests : ReissueTests<SqliteProvider>;

public sealed class PostgresReissueTests : ReissueTests<PostgresProvider>;
