using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Data.Tests.Providers;
using Omov.Delivery.Email;
using Omov.Delivery.Tests.Smtp;

namespace Omov.Delivery.Tests.Email;

/// <summary>The sender against a real SMTP server on localhost, on both engines.</summary>
public abstract class EmailSenderTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.Zero));

    private static EmailSenderOptions Options(int batch = 10) => new() { BatchSize = batch, MaxAttempts = 3, FirstRetryDelay = TimeSpan.FromMinutes(1) };

    private async Task<(TestDatabase Test, OmovDatabase Db)> OpenAsync()
    {
        var test = await _provider.CreateAsync();
        return (test, await OmovDatabase.OpenAsync(test.Connection, _time));
    }

    private EmailSender Sender(OmovDatabase db, SmtpSink sink, EmailSenderOptions? options = null) =>
        new(db.EmailOutbox, sink.Settings, options ?? Options(), time: _time);

    [Fact]
    public async Task RunUntilEmptyAsync_Templated_ArriveWithHeadersBothPartsAndMergedValues()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();
        await db.EmailOutbox.EnqueueAsync([Outboxes.Ballot(1), Outboxes.Ballot(2, "cy", "Siân"), Outboxes.Ballot(3, "en", "<script>alert(1)</script>"), Outboxes.Notice(4)]);
        await using var sender = Sender(db, sink);

        var summary = await sender.RunUntilEmptyAsync();

        Assert.Equal((1, 4, 0, 0, 0, 0, null), (summary.Batches, summary.Sent, summary.Deferred, summary.Bounced, summary.Failed, summary.Released, summary.ServerUnavailable));
        var received = sink.Received();
        Assert.Equal(4, received.Count);
        var byTo = received.ToDictionary(r => Assert.Single(r.Recipients));

        var english = byTo[Outboxes.Address(1)].Message;
        var stored = (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!;
        Assert.Equal(stored.MessageId + "@omov.test", english.MessageId);
        Assert.Equal("Your ballot: Leadership and Deputy Leadership Elections 2026", english.Subject);
        Assert.Equal("ballots@omov.test", english.From.Mailboxes.Single().Address);
        Assert.Equal(Outboxes.Address(1), english.To.Mailboxes.Single().Address);
        Assert.Equal("en", english.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("auto-generated", english.Headers["Auto-Submitted"]);
        Assert.Equal(_time.GetUtcNow(), english.Date);
        Assert.Equal("multipart/alternative", english.Body!.ContentType.MimeType);
        Assert.Contains("Dear Ann,", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("- Leader (AV)\n- Deputy Leader (AV)\n", english.TextBody!.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("12:00 on Thursday 2 April 2026", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("Vote now: https://vote.example.org/b/CODE1", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("ABCD-EFGH-0001", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("ballot-help@example.org or 0345 092 2299", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://vote.example.org/b/CODE1\">Vote now</a>", english.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<li>Leader (AV)</li>", english.HtmlBody, StringComparison.Ordinal);

        var welsh = byTo[Outboxes.Address(2)].Message;
        Assert.Equal("cy", welsh.Body!.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("Eich papur pleidleisio: Leadership and Deputy Leadership Elections 2026", welsh.Subject);
        Assert.Contains("Annwyl Siân,", welsh.TextBody, StringComparison.Ordinal);
        Assert.Contains("Pleidleisiwch nawr", welsh.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"cy\">", welsh.HtmlBody, StringComparison.Ordinal);

        var script = byTo[Outboxes.Address(3)].Message;
        Assert.DoesNotContain("<script>", script.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Dear &lt;script&gt;alert(1)&lt;/script&gt;,", script.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Dear <script>alert(1)</script>,", script.TextBody, StringComparison.Ordinal);

        var notice = byTo[Outboxes.Address(4)].Message;
        Assert.Equal(("Notice of the AGM", "<p>The AGM is on 5 March.</p>"), (notice.Subject, notice.HtmlBody));

        var sent = (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!;
        Assert.Equal((OutboxStatus.Sent, 1, false), (sent.Status, sent.Attempts, sent.HasContent));
        Assert.StartsWith("250 ", sent.LastResponse, StringComparison.Ordinal);
        Assert.Equal(new OutboxCounts(0, 0, 4, 0, 0, 0), await db.EmailOutbox.CountAsync());
    }

    [Fact]
    public async Task RunUntilEmptyAsync_RecipientRefused550_BouncesThatMessageOnly()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync(reject: [Outboxes.Address(2)]);
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 3).Select(i => Outboxes.Ballot(i)));
        await using var sender = Sender(db, sink);

        var summary = await sender.RunUntilEmptyAsync();

        Assert.Equal((2, 1), (summary.Sent, summary.Bounced));
        Assert.Equal([Outboxes.Address(1), Outboxes.Address(3)], sink.Received().Select(r => r.Recipients.Single()));
        var bounced = (await db.EmailOutbox.GetAsync("ballot:lead-2026:2"))!;
        Assert.Equal((OutboxStatus.Bounced, false), (bounced.Status, bounced.HasContent));
        Assert.StartsWith("550 ", bounced.LastResponse, StringComparison.Ordinal);
        Assert.Contains("Recipient address rejected", bounced.LastResponse, StringComparison.Ordinal);
        Assert.DoesNotContain(Outboxes.Address(2), bounced.LastResponse, StringComparison.OrdinalIgnoreCase);
        var list = new List<BouncedMessage>();
        await foreach (var b in db.EmailOutbox.ListBouncedAsync("issue-1"))
        {
            list.Add(b);
        }

        Assert.Equal("L000002", Assert.Single(list).MemberNumber);
    }

    [Fact]
    public async Task RunUntilEmptyAsync_Deferred451_RetriedAfterBackOffAndSentOnce()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync(defer: [Outboxes.Address(1) + ":2"]);
        await db.EmailOutbox.EnqueueAsync(Outboxes.Ballot(1));
        await using var sender = Sender(db, sink);

        Assert.Equal(1, (await sender.RunUntilEmptyAsync()).Deferred);
        var first = (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!;
        Assert.Equal((OutboxStatus.Deferred, 1, _time.GetUtcNow() + TimeSpan.FromMinutes(1)), (first.Status, first.Attempts, first.NextAttemptAt));
        Assert.StartsWith("451 ", first.LastResponse, StringComparison.Ordinal);
        Assert.Equal(0, (await sender.RunUntilEmptyAsync()).Handled);

        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await sender.RunUntilEmptyAsync()).Deferred);
        // Back-off doubles: two minutes after the second deferral.
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromMinutes(2), (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!.NextAttemptAt);
        _time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, (await sender.RunUntilEmptyAsync()).Sent);

        var entry = (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!;
        Assert.Equal((OutboxStatus.Sent, 3), (entry.Status, entry.Attempts));
        Assert.Single(sink.Received());
    }

    [Fact]
    public async Task RunUntilEmptyAsync_DeferredEveryTime_FailedAfterMaxAttempts()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync(defer: [Outboxes.Address(1)]);
        await db.EmailOutbox.EnqueueAsync(Outboxes.Ballot(1));
        await using var sender = Sender(db, sink);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await sender.RunUntilEmptyAsync();
            _time.Advance(TimeSpan.FromHours(1));
        }

        var entry = (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!;
        Assert.Equal((OutboxStatus.Failed, 3, false), (entry.Status, entry.Attempts, entry.HasContent));
        Assert.StartsWith("gave up after 3 attempts; last: 451 ", entry.LastResponse, StringComparison.Ordinal);
        Assert.Empty(sink.Received());
    }

    [Fact]
    public async Task RunUntilEmptyAsync_ServerDown_NothingLostAndSentOnceWhenBack()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();
        sink.Kill();
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 25).Select(i => Outboxes.Ballot(i)));
        await using var sender = Sender(db, sink);

        var down = await sender.RunUntilEmptyAsync();

        Assert.NotNull(down.ServerUnavailable);
        Assert.Equal((0, 10), (down.Handled, down.Released));
        // Given back untried: queued again, no attempt counted against them.
        Assert.Equal(new OutboxCounts(25, 0, 0, 0, 0, 0), await db.EmailOutbox.CountAsync());
        Assert.Equal(0, (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!.Attempts);

        await sink.RestartAsync();
        var up = await sender.RunUntilEmptyAsync();

        Assert.Equal((25, null), (up.Sent, up.ServerUnavailable));
        AssertEachOnce(sink, 25);
    }

    [Fact]
    public async Task RunUntilEmptyAsync_ServerDiesMidBatch_RerunSendsTheRestExactlyOnce()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync(dieAfter: 7);
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 30).Select(i => Outboxes.Ballot(i)));
        await using var sender = Sender(db, sink);

        var crashed = await sender.RunUntilEmptyAsync();

        // Batch 1 (10): 7 sent, the 8th in flight when the server died is deferred, 2 given back.
        Assert.NotNull(crashed.ServerUnavailable);
        Assert.Equal((7, 1, 2), (crashed.Sent, crashed.Deferred, crashed.Released));
        Assert.Equal(new OutboxCounts(22, 0, 7, 1, 0, 0), await db.EmailOutbox.CountAsync());
        Assert.True(sink.HasExited);

        await sink.RestartAsync();
        var resumed = await sender.RunUntilEmptyAsync();
        Assert.Equal(22, resumed.Sent);
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await sender.RunUntilEmptyAsync()).Sent);

        Assert.Equal(new OutboxCounts(0, 0, 30, 0, 0, 0), await db.EmailOutbox.CountAsync());
        AssertEachOnce(sink, 30);
    }

    [Fact]
    public async Task RunUntilEmptyAsync_SenderStoppedAfterItsClaim_RerunSendsEachOnceAfterTheLease()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 15).Select(i => Outboxes.Ballot(i)));
        // A sender claims a batch and dies before sending or marking any of it.
        var lease = TimeSpan.FromMinutes(10);
        Assert.Equal(10, (await db.EmailOutbox.ClaimAsync("dead-sender", 10, lease)).Count);
        await using var sender = Sender(db, sink);

        var meanwhile = await sender.RunUntilEmptyAsync();
        Assert.Equal(5, meanwhile.Sent);
        Assert.Equal(10, (await db.EmailOutbox.CountAsync()).Sending);

        _time.Advance(lease + TimeSpan.FromSeconds(1));
        var after = await sender.RunUntilEmptyAsync();

        Assert.Equal(10, after.Sent);
        Assert.Equal(2, (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!.Attempts);
        AssertEachOnce(sink, 15);
    }

    [Fact]
    public async Task RunUntilEmptyAsync_TwoSendersShareTheOutbox_EachMessageSentOnce()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        using var otherDb = await OmovDatabase.OpenAsync(test.Connection, _time);
        await using var sink = await SmtpSink.StartAsync();
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 200).Select(i => Outboxes.Ballot(i)));
        await using var a = Sender(db, sink, Options(batch: 7) with { SenderId = "a" });
        await using var b = Sender(otherDb, sink, Options(batch: 7) with { SenderId = "b" });

        var results = await Task.WhenAll(Task.Run(() => a.RunUntilEmptyAsync()), Task.Run(() => b.RunUntilEmptyAsync()));

        Assert.Equal(200, results.Sum(r => r.Sent));
        Assert.Equal(new OutboxCounts(0, 0, 200, 0, 0, 0), await db.EmailOutbox.CountAsync());
        AssertEachOnce(sink, 200);
    }

    [Fact]
    public async Task RunOnceAsync_StopRequested_RecordsWhatWasSentAndGivesTheRestBack()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 10).Select(i => Outboxes.Ballot(i)));
        await using var sender = Sender(db, sink);
        using var stop = new CancellationTokenSource();
        stop.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => sender.RunOnceAsync(stop.Token));

        Assert.Empty(sink.Received());
        Assert.Equal(new OutboxCounts(10, 0, 0, 0, 0, 0), await db.EmailOutbox.CountAsync());
    }

    [Fact]
    public async Task RunUntilEmptyAsync_BadAddressOrUnknownTemplate_BouncedOrFailedWithoutSending()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();
        await db.EmailOutbox.EnqueueAsync(
        [
            Outboxes.Ballot(1) with { Recipient = "not an address" },
            Outboxes.Ballot(2) with { Template = "no-such-template" },
            Outboxes.Ballot(3) with { MergeValues = new Dictionary<string, MergeValue> { ["first_name"] = "Ann" } },
            Outboxes.Ballot(4),
        ]);
        await using var sender = Sender(db, sink);

        var summary = await sender.RunUntilEmptyAsync();

        Assert.Equal((1, 1, 2), (summary.Sent, summary.Bounced, summary.Failed));
        Assert.Equal(OutboxStatus.Bounced, (await db.EmailOutbox.GetAsync("ballot:lead-2026:1"))!.Status);
        Assert.Contains("there is no template 'no-such-template'", (await db.EmailOutbox.GetAsync("ballot:lead-2026:2"))!.LastResponse, StringComparison.Ordinal);
        Assert.Contains("ballot.en.md line 1, column 23: merge field {{event_name}} has no value", (await db.EmailOutbox.GetAsync("ballot:lead-2026:3"))!.LastResponse, StringComparison.Ordinal);
        Assert.Single(sink.Received());
    }

    private static void AssertEachOnce(SmtpSink sink, int count)
    {
        var received = sink.Received();
        Assert.Equal(count, received.Count);
        Assert.Equal(count, received.Select(r => r.Message.MessageId).Distinct().Count());
        Assert.Equal(Enumerable.Range(1, count).Select(Outboxes.Address).Order(), received.Select(r => r.Recipients.Single()).Order());
    }
}
