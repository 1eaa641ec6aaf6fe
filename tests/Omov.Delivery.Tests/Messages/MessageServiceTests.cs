using Microsoft.Extensions.Time.Testing;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Delivery.Messages;
using Omov.Elections.Audit;
using Omov.Elections.Messages;
using Omov.Elections.Register;

namespace Omov.Delivery.Tests.Messages;

/// <summary>Composing, previewing, scheduling and queueing messages to segments, on both engines.</summary>
public abstract class MessageServiceTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private const string Body = "Dear {{first_name}},\n\nThe {{local_party}} nomination meeting is now on **Tuesday 11th February** at 8pm.";
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(MessageWorld.Now);

    private static MessageDraft Draft(Segment? segment = null, MessageKind kind = MessageKind.Statutory, string body = Body) =>
        new("Revised date of the leadership nomination meeting", body, kind, segment ?? MessageWorld.Meeting);

    private async Task<(TestDatabase Test, OmovDatabase Db, MessageService Service)> OpenAsync()
    {
        var test = await _provider.CreateAsync();
        var db = await OmovDatabase.OpenAsync(test.Connection, _time, test.SecretKeyFile);
        await MessageWorld.SeedAsync(db);
        return (test, db, new MessageService(db, new MessageOptions { PublicUrl = new Uri("https://vote.example.org/"), ChunkSize = 2 }));
    }

    private static async Task<List<AuditEntry>> AuditAsync(OmovDatabase db)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in db.AuditLog.ReadAllAsync())
        {
            entries.Add(entry);
        }

        return entries;
    }

    [Fact]
    public async Task PreviewAsync_NominationNotice_CountsTheSegmentAndThoseWithoutEmail()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var message = (await service.ResolveAsync(Draft(), "cli:test")).Value!;
        var preview = await service.PreviewAsync(message);

        // W1 (joined the last second of 17 Dec), W4 (no email), W5 (unusable email), W6; not W2 (18 Dec), W3 (provisional), B1 (Bolton).
        Assert.Equal(new MessageFigures(4, 2, 2, 0), preview.Figures);
        Assert.Equal("Revised date of the leadership nomination meeting", preview.Sample.Subject);
        Assert.Contains("Dear Sam,", preview.Sample.TextBody, StringComparison.Ordinal);
        Assert.Contains("The Walthamstow nomination meeting", preview.Sample.TextBody, StringComparison.Ordinal);
        Assert.Contains("<strong>Tuesday 11th February</strong>", preview.Sample.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("statutory notice", preview.Sample.TextBody, StringComparison.Ordinal);
        Assert.Equal("CLP-WALTHAMSTOW", message.LocalPartyCode);
        Assert.Equal("full members of Walthamstow who joined on or before 17 Dec 2019", message.Description);
    }

    [Fact]
    public async Task SendNowAsync_Statutory_QueuesOneRenderedMessagePerMemberWithEmailAndAuditsCounts()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var message = (await service.ComposeAsync(Draft(), "cli:test")).Value!;

        var sent = await service.SendNowAsync(message.Id, "cli:test");

        Assert.True(sent.Success, sent.Error);
        Assert.Equal((MessageStatus.Queued, new MessageFigures(4, 2, 2, 0)), (sent.Value.Status, sent.Value.Figures));
        Assert.Equal(2, (await db.EmailOutbox.CountAsync(message.BatchId)).Queued);
        var w1 = (await db.EmailOutbox.GetAsync(message.KeyFor("W1")))!;
        Assert.Equal(("notice", "W1", true), (w1.Kind, w1.MemberNumber, w1.HasContent));
        Assert.Null(await db.EmailOutbox.GetAsync(message.KeyFor("W2")));
        var again = await service.SendNowAsync(message.Id, "cli:test");
        Assert.Equal((ServiceFailure.Conflict, "the message was sent already"), (again.Failure, again.Error));

        var audit = await AuditAsync(db);
        Assert.Equal([AuditActions.MessageCreated, AuditActions.MessageQueued], audit.Select(a => a.Action));
        Assert.Equal("2", audit[1].Details["queued"]);
        Assert.Equal("2", audit[1].Details["noEmail"]);
        Assert.DoesNotContain(audit, a => a.Details.Values.Any(v => v.Contains('@', StringComparison.Ordinal)));
    }

    [Fact]
    public async Task SendDueAsync_ClaimLapsedAfterPartOfTheQueue_ResumesWithoutQueueingAnyoneTwice()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var message = (await service.ComposeAsync(Draft(), "cli:test")).Value!;
        // A sender claimed it, queued W1's message and stopped.
        Assert.True(await db.Messages.ClaimAsync(message.Id, _time.GetUtcNow().AddMinutes(10)));
        await db.EmailOutbox.EnqueueAsync(new OutboxMessage { IdempotencyKey = message.KeyFor("W1"), Kind = "notice", BatchId = message.BatchId, MemberNumber = "W1", Recipient = "w1@example.org", Subject = "s", TextBody = "t" });

        Assert.Equal(0, await service.SendDueAsync());
        _time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, await service.SendDueAsync());

        Assert.Equal(2, (await db.EmailOutbox.CountAsync(message.BatchId)).Total);
        var queued = (await AuditAsync(db)).Last();
        Assert.Equal((AuditActors.System, "2", "1"), (queued.Actor, queued.Details["queued"], queued.Details["added"]));
    }

    [Fact]
    public async Task ScheduleAsync_LocalTime_QueuedOnlyOnceDue()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var message = (await service.ComposeAsync(Draft(), "cli:test")).Value!;
        // 18:00 London on 4 Feb 2020 is 18:00 UTC (GMT).
        var at = service.ToUtc(new DateOnly(2020, 2, 4), new TimeOnly(18, 0));

        var past = await service.ScheduleAsync(message, _time.GetUtcNow().AddMinutes(-1), "cli:test");
        var scheduled = await service.ScheduleAsync(message, at, "cli:test");

        Assert.Equal(ServiceFailure.Invalid, past.Failure);
        Assert.Equal((MessageStatus.Scheduled, new DateTimeOffset(2020, 2, 4, 18, 0, 0, TimeSpan.Zero)), (scheduled.Value!.Status, scheduled.Value.SendAt));
        _time.SetUtcNow(at.AddSeconds(-1));
        Assert.Equal(0, await service.SendDueAsync());
        _time.SetUtcNow(at);
        Assert.Equal(1, await service.SendDueAsync());
        Assert.Equal(MessageStatus.Queued, (await db.Messages.GetAsync(message.Id))!.Status);
        Assert.Equal(0, await service.SendDueAsync());
        Assert.Contains(await AuditAsync(db), a => a.Action == AuditActions.MessageScheduled && a.Details["sendAt"] == "2020-02-04T18:00:00Z");
    }

    [Fact]
    public async Task ToUtc_SummerTime_IsAnHourBehindLondon()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        Assert.Equal(new DateTimeOffset(2020, 6, 1, 17, 0, 0, TimeSpan.Zero), service.ToUtc(new DateOnly(2020, 6, 1), new TimeOnly(18, 0)));
    }

    [Fact]
    public async Task ComposeAsync_LocalOfficerForAnotherParty_RefusedAndAudited()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var officer = MessageWorld.Officer();

        var other = await service.ComposeAsync(Draft(MessageWorld.Meeting with { UnitCode = "CLP-BOLTON" }), officer);
        var region = await service.ComposeAsync(Draft(MessageWorld.Meeting with { UnitCode = "LONDON" }), officer);
        var own = await service.ComposeAsync(Draft(MessageWorld.Meeting with { UnitCode = null }), officer);

        Assert.Equal(ServiceFailure.Refused, other.Failure);
        Assert.Equal(ServiceFailure.Refused, region.Failure);
        Assert.Equal(("CLP-WALTHAMSTOW", "CLP-WALTHAMSTOW"), (own.Value!.Segment.UnitCode, own.Value.LocalPartyCode));
        var audit = await AuditAsync(db);
        Assert.Equal([AuditActions.AccessRefused, AuditActions.AccessRefused, AuditActions.MessageCreated], audit.Select(a => a.Action));
        Assert.Equal(("staff:secretary", "CLP-BOLTON", AuditActions.MessageCreated), (audit[0].Actor, audit[0].Subject, audit[0].Details["attempted"]));
        Assert.Empty(await db.Messages.ListAsync("CLP-BOLTON"));
    }

    [Fact]
    public async Task GetAsync_LocalOfficer_SeesOwnPartysMessagesOnly()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var bolton = (await service.ComposeAsync(Draft(MessageWorld.Meeting with { UnitCode = "CLP-BOLTON" }), "cli:test")).Value!;
        var walthamstow = (await service.ComposeAsync(Draft(), "cli:test")).Value!;
        var officer = MessageWorld.Officer();

        Assert.Equal(ServiceFailure.Refused, (await service.GetAsync(bolton.Id, officer)).Failure);
        Assert.Equal(ServiceFailure.Refused, (await service.SendNowAsync(bolton.Id, officer)).Failure);
        Assert.True((await service.GetAsync(walthamstow.Id, officer)).Success);
        Assert.Equal([walthamstow.Id], (await service.ListAsync(officer)).Select(m => m.Id));
        Assert.Equal(MessageStatus.Draft, (await db.Messages.GetAsync(bolton.Id))!.Status);
    }

    [Theory]
    [InlineData("Dear {{name}},", MessageKind.Statutory, "{{name}} is not a merge field of a statutory notice (fields: {{first_name}}, {{local_party}})")]
    [InlineData("[Unsubscribe]({{unsubscribe_link}})", MessageKind.Statutory, "{{unsubscribe_link}} is not a merge field of a statutory notice (fields: {{first_name}}, {{local_party}})")]
    [InlineData("Dear {{first_name},\n\nmore", MessageKind.Optional, "body line 1, column 6: '{{' is not closed by '}}' on the same line")]
    [InlineData("  ", MessageKind.Optional, "body: the message has no body")]
    public async Task ResolveAsync_BadBody_SaysWhatAndWhere(string body, MessageKind kind, string error)
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var resolved = await service.ResolveAsync(Draft(kind: kind, body: body), "cli:test");

        Assert.Equal((ServiceFailure.Invalid, error), (resolved.Failure, resolved.Error));
    }

    [Fact]
    public async Task ResolveAsync_BadSegment_Refused()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        Assert.Equal("'CLP-NOWHERE' is not a local party, region or nation in the organisation", (await service.ResolveAsync(Draft(MessageWorld.Meeting with { UnitCode = "CLP-NOWHERE" }), "cli:test")).Error);
        Assert.Equal("choose at least one member status", (await service.ResolveAsync(Draft(MessageWorld.Meeting with { Statuses = [] }), "cli:test")).Error);
        Assert.Equal(ServiceFailure.NotFound, (await service.ResolveAsync(Draft(MessageWorld.Meeting with { ContestCode = "NOPE" }), "cli:test")).Failure);
    }

    [Fact]
    public async Task ResolveAsync_ContestSegment_AddsTheContestsRules()
    {
        var (test, db, service) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var contest = await new ContestService(db).AddAsync("LEADER-2020", "Leader 2020", Elections.Rulebooks.Presets.LeaderAndDeputy2020(), "cli:test");
        Assert.True(contest.Success, contest.Error);

        var message = (await service.ResolveAsync(Draft(new Segment("CLP-WALTHAMSTOW", [MemberStatus.Full], ContestCode: "LEADER-2020")), "cli:test")).Value!;
        var preview = await service.PreviewAsync(message);

        // The 2020 leadership: joined by 17:00 on 20 Jan 2020, paid up by 14 Feb 2020: W1, W2, W4, W5, W6.
        Assert.Equal(new MessageFigures(5, 3, 2, 0), preview.Figures);
    }
}
