using Microsoft.Extensions.Time.Testing;
using Omov.Data.Outbox;
using Omov.Data.Tests.Providers;

namespace Omov.Data.Tests.Outbox;

public abstract class EmailOutboxRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private static readonly TimeSpan s_lease = TimeSpan.FromMinutes(5);
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    internal static OutboxMessage Message(int i, string batch = "b1") => new()
    {
        IdempotencyKey = FormattableString.Invariant($"ballot:ev1:{i}"),
        Kind = "ballot",
        BatchId = batch,
        MemberNumber = FormattableString.Invariant($"L{i:D6}"),
        Recipient = FormattableString.Invariant($"member{i}@example.org"),
        Language = i % 5 == 0 ? "cy" : "en",
        Template = "ballot",
        MergeValues = new Dictionary<string, MergeValue>
        {
            ["first_name"] = "Ann",
            ["contests"] = MergeValue.List(["Leader", "Deputy Leader"]),
        },
    };

    private async Task<(TestDatabase Test, OmovDatabase Db)> OpenAsync()
    {
        var test = await _provider.CreateAsync();
        return (test, await OmovDatabase.OpenAsync(test.Connection, _time));
    }

    [Fact]
    public async Task EnqueueAsync_ManyMessages_AllQueuedAndCounted()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var result = await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 2000).Select(i => Message(i, i <= 500 ? "b1" : "b2")));

        Assert.Equal(new EnqueueResult(2000, 0), result);
        Assert.Equal(new OutboxCounts(2000, 0, 0, 0, 0, 0), await db.EmailOutbox.CountAsync());
        Assert.Equal(500, (await db.EmailOutbox.CountAsync("b1")).Queued);
        var entry = await db.EmailOutbox.GetAsync("ballot:ev1:7");
        Assert.NotNull(entry);
        Assert.Equal(OutboxStatus.Queued, entry.Status);
        Assert.Equal("L000007", entry.MemberNumber);
        Assert.Equal(0, entry.Attempts);
        Assert.True(entry.HasContent);
        Assert.Equal(_time.GetUtcNow(), entry.NextAttemptAt);
    }

    [Fact]
    public async Task EnqueueAsync_KeyAlreadyQueued_SkippedAndLeftAsItWas()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 10).Select(i => Message(i)));
        var before = await db.EmailOutbox.GetAsync("ballot:ev1:3");

        // A resumed run repeats keys 1–10, and repeats key 11 within itself.
        var again = await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 11).Append(11).Select(i => Message(i)));

        Assert.Equal(new EnqueueResult(1, 11), again);
        Assert.Equal(11, (await db.EmailOutbox.CountAsync()).Total);
        Assert.Equal(before!.MessageId, (await db.EmailOutbox.GetAsync("ballot:ev1:3"))!.MessageId);
    }

    [Fact]
    public async Task ClaimAsync_ReturnsContentInOrderAndCountsTheAttempt()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 5).Select(i => Message(i)));
        await db.EmailOutbox.EnqueueAsync(new OutboxMessage
        {
            IdempotencyKey = "notice:1", Kind = "notice", Recipient = "x@example.org", Subject = "Meeting", TextBody = "Come", HtmlBody = "<p>Come</p>",
        });

        var claimed = await db.EmailOutbox.ClaimAsync("sender-a", 10, s_lease);

        Assert.Equal(6, claimed.Count);
        Assert.Equal(claimed.OrderBy(c => c.Id).Select(c => c.Id), claimed.Select(c => c.Id));
        Assert.All(claimed, c => Assert.Equal(1, c.Attempts));
        Assert.All(claimed, c => Assert.Equal(_time.GetUtcNow() + s_lease, c.LeaseUntil));
        var first = claimed[0];
        Assert.Equal("member1@example.org", first.Recipient);
        Assert.Equal("ballot", first.Template);
        Assert.Equal("Ann", first.MergeValues!["first_name"].Text);
        Assert.Equal(["Leader", "Deputy Leader"], first.MergeValues["contests"].Items!);
        Assert.Equal(32, first.MessageId.Length);
        var notice = claimed[5];
        Assert.Null(notice.Template);
        Assert.Equal(("Meeting", "Come", "<p>Come</p>"), (notice.Subject, notice.TextBody, notice.HtmlBody));
        Assert.Equal(6, (await db.EmailOutbox.CountAsync()).Sending);
        Assert.Empty(await db.EmailOutbox.ClaimAsync("sender-b", 10, s_lease));
    }

    [Fact]
    public async Task ClaimAsync_ManyClaimersAtOnce_NeverShareAMessage()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 600).Select(i => Message(i)));

        var claimers = Enumerable.Range(0, 4).Select(async c =>
        {
            var mine = new List<long>();
            while (true)
            {
                var batch = await db.EmailOutbox.ClaimAsync($"sender-{c}", 25, s_lease);
                if (batch.Count == 0)
                {
                    return mine;
                }

                mine.AddRange(batch.Select(m => m.Id));
            }
        }).ToList();
        var all = (await Task.WhenAll(claimers)).SelectMany(ids => ids).ToList();

        Assert.Equal(600, all.Count);
        Assert.Equal(600, all.Distinct().Count());
    }

    [Fact]
    public async Task ClaimAsync_LeaseLapsed_ClaimedAgainByAnotherSender()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Message(1));
        var first = Assert.Single(await db.EmailOutbox.ClaimAsync("crashed", 10, s_lease));

        _time.Advance(s_lease - TimeSpan.FromSeconds(1));
        Assert.Empty(await db.EmailOutbox.ClaimAsync("sender-b", 10, s_lease));
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(1), await db.EmailOutbox.NextDueAsync());
        _time.Advance(TimeSpan.FromSeconds(2));
        var again = Assert.Single(await db.EmailOutbox.ClaimAsync("sender-b", 10, s_lease));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(first.MessageId, again.MessageId);
        Assert.Equal(2, again.Attempts);
        // The crashed sender's late result no longer counts: the message belongs to sender-b now.
        Assert.Equal(0, await db.EmailOutbox.MarkAsync("crashed", [new OutboxOutcome(first.Id, OutboxStatus.Sent, "250 OK")]));
        Assert.Equal(1, await db.EmailOutbox.MarkAsync("sender-b", [new OutboxOutcome(first.Id, OutboxStatus.Sent, "250 OK")]));
    }

    [Fact]
    public async Task MarkAsync_FinalStatuses_EraseContentAndKeepResponse()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 3).Select(i => Message(i)));
        var claimed = await db.EmailOutbox.ClaimAsync("s", 10, s_lease);
        _time.Advance(TimeSpan.FromSeconds(3));

        var changed = await db.EmailOutbox.MarkAsync("s",
        [
            new OutboxOutcome(claimed[0].Id, OutboxStatus.Sent, "250 2.0.0 Ok: queued"),
            new OutboxOutcome(claimed[1].Id, OutboxStatus.Bounced, "550 5.1.1 mailbox unavailable"),
            new OutboxOutcome(claimed[2].Id, OutboxStatus.Failed, "gave up after 1 attempt: 451 try later"),
        ]);

        Assert.Equal(3, changed);
        var sent = (await db.EmailOutbox.GetAsync("ballot:ev1:1"))!;
        Assert.Equal((OutboxStatus.Sent, "250 2.0.0 Ok: queued", (DateTimeOffset?)_time.GetUtcNow(), false), (sent.Status, sent.LastResponse, sent.SentAt, sent.HasContent));
        var bounced = (await db.EmailOutbox.GetAsync("ballot:ev1:2"))!;
        Assert.Equal((OutboxStatus.Bounced, (DateTimeOffset?)null, false), (bounced.Status, bounced.SentAt, bounced.HasContent));
        Assert.Equal(OutboxStatus.Failed, (await db.EmailOutbox.GetAsync("ballot:ev1:3"))!.Status);
        Assert.Equal(new OutboxCounts(0, 0, 1, 0, 1, 1), await db.EmailOutbox.CountAsync());
        _time.Advance(TimeSpan.FromDays(1));
        Assert.Empty(await db.EmailOutbox.ClaimAsync("s", 10, s_lease));
        Assert.Null(await db.EmailOutbox.NextDueAsync());
    }

    [Fact]
    public async Task MarkAsync_Deferred_ClaimedAgainOnlyWhenDue()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Message(1));
        var claimed = Assert.Single(await db.EmailOutbox.ClaimAsync("s", 10, s_lease));
        var next = _time.GetUtcNow() + TimeSpan.FromMinutes(2);

        await db.EmailOutbox.MarkAsync("s", [new OutboxOutcome(claimed.Id, OutboxStatus.Deferred, "451 4.7.1 try later", next)]);

        var entry = (await db.EmailOutbox.GetAsync("ballot:ev1:1"))!;
        Assert.Equal((OutboxStatus.Deferred, 1, next, true), (entry.Status, entry.Attempts, entry.NextAttemptAt, entry.HasContent));
        Assert.Equal(next, await db.EmailOutbox.NextDueAsync());
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Empty(await db.EmailOutbox.ClaimAsync("s", 10, s_lease));
        _time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, Assert.Single(await db.EmailOutbox.ClaimAsync("s", 10, s_lease)).Attempts);
    }

    [Fact]
    public async Task ReleaseAsync_UntriedMessages_DueAgainWithoutAnAttempt()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 3).Select(i => Message(i)));
        var claimed = await db.EmailOutbox.ClaimAsync("s", 10, s_lease);

        Assert.Equal(3, await db.EmailOutbox.ReleaseAsync("s", claimed.Select(c => c.Id).ToList()));

        Assert.Equal(3, (await db.EmailOutbox.CountAsync()).Queued);
        var again = await db.EmailOutbox.ClaimAsync("t", 10, s_lease);
        Assert.All(again, c => Assert.Equal(1, c.Attempts));
        Assert.Equal(0, await db.EmailOutbox.ReleaseAsync("s", again.Select(c => c.Id).ToList()));
    }

    [Fact]
    public async Task ListBouncedAsync_BouncedMembersOfABatch_OldestFirst()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 6).Select(i => Message(i, i <= 3 ? "b1" : "b2")));
        var claimed = await db.EmailOutbox.ClaimAsync("s", 10, s_lease);
        await db.EmailOutbox.MarkAsync("s", [new OutboxOutcome(claimed[2].Id, OutboxStatus.Bounced, "550 no such user")]);
        _time.Advance(TimeSpan.FromSeconds(1));
        await db.EmailOutbox.MarkAsync("s", [new OutboxOutcome(claimed[0].Id, OutboxStatus.Bounced, "552 mailbox full")]);
        await db.EmailOutbox.MarkAsync("s", [new OutboxOutcome(claimed[4].Id, OutboxStatus.Bounced, "550 no such user")]);

        var b1 = new List<BouncedMessage>();
        await foreach (var bounce in db.EmailOutbox.ListBouncedAsync("b1"))
        {
            b1.Add(bounce);
        }

        Assert.Equal(["L000003", "L000001"], b1.Select(b => b.MemberNumber));
        Assert.Equal("552 mailbox full", b1[1].LastResponse);
        var all = 0;
        await foreach (var _b in db.EmailOutbox.ListBouncedAsync())
        {
            all++;
        }

        Assert.Equal(3, all);
    }
}
