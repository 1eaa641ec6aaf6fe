using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Omov.Data.Tests.Providers;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Tests.Messages;

public abstract class MessageRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 2, 3, 9, 0, 0, TimeSpan.Zero));

    private async Task<(TestDatabase Test, OmovDatabase Db)> OpenAsync()
    {
        var test = await _provider.CreateAsync();
        return (test, await OmovDatabase.OpenAsync(test.Connection, _time, test.SecretKeyFile));
    }

    private BulkMessage Notice(string? localParty = "CLP-WALTHAMSTOW")
    {
        var segment = new Segment("CLP-WALTHAMSTOW", [MemberStatus.Full], LocalCutoff.EndOfDay(new DateOnly(2019, 12, 17)), null, [Section.Women]);
        return new BulkMessage
        {
            Id = Guid.NewGuid(),
            Subject = "Nomination meeting moved to 11 February",
            Body = "Dear {{first_name}},\n\nThe meeting is now on **Tuesday 11th February**.",
            Kind = MessageKind.Statutory,
            Segment = segment,
            Rules = SegmentRules.Build(segment, null, LocalCutoff.EndOfDay(new DateOnly(2020, 2, 3)), "full members of Walthamstow"),
            Description = "full members of Walthamstow",
            LocalPartyCode = localParty,
            Status = MessageStatus.Draft,
            CreatedBy = "staff:sec",
            CreatedAt = _time.GetUtcNow(),
        };
    }

    private static string Show(BulkMessage? message) => JsonSerializer.Serialize(message, RulebookJson.Options);

    [Fact]
    public async Task AddAsync_WholeMessage_RoundTrips()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var notice = Notice();

        await db.Messages.AddAsync(notice);

        Assert.Equal(Show(notice), Show(await db.Messages.GetAsync(notice.Id)));
        Assert.Null(await db.Messages.GetAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task ListAsync_ByLocalParty_OnlyThatPartysLatestFirst()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var first = Notice();
        await db.Messages.AddAsync(first);
        _time.Advance(TimeSpan.FromMinutes(1));
        var national = Notice(localParty: null) with { CreatedAt = _time.GetUtcNow() };
        await db.Messages.AddAsync(national);
        _time.Advance(TimeSpan.FromMinutes(1));
        var second = Notice() with { CreatedAt = _time.GetUtcNow() };
        await db.Messages.AddAsync(second);

        Assert.Equal([second.Id, national.Id, first.Id], (await db.Messages.ListAsync()).Select(m => m.Id));
        Assert.Equal([second.Id, first.Id], (await db.Messages.ListAsync("CLP-WALTHAMSTOW")).Select(m => m.Id));
        Assert.Empty(await db.Messages.ListAsync("CLP-BOLTON"));
    }

    [Fact]
    public async Task ListDueAsync_ScheduledAtOrBeforeNow_Only()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var due = Notice();
        var later = Notice();
        var draft = Notice();
        foreach (var m in new[] { due, later, draft })
        {
            await db.Messages.AddAsync(m);
        }

        Assert.True(await db.Messages.ScheduleAsync(due.Id, _time.GetUtcNow().AddMinutes(10)));
        Assert.True(await db.Messages.ScheduleAsync(later.Id, _time.GetUtcNow().AddMinutes(11)));
        _time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal([due.Id], await db.Messages.ListDueAsync());
        Assert.Equal(MessageStatus.Scheduled, (await db.Messages.GetAsync(due.Id))!.Status);
        Assert.Equal(_time.GetUtcNow(), (await db.Messages.GetAsync(due.Id))!.SendAt);
    }

    [Fact]
    public async Task ClaimAsync_ConcurrentClaims_ExactlyOneWinsUntilTheLeaseLapses()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var notice = Notice();
        await db.Messages.AddAsync(notice);
        var lease = _time.GetUtcNow().AddMinutes(10);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => db.Messages.ClaimAsync(notice.Id, lease))));

        Assert.Equal(1, claims.Count(c => c));
        Assert.Equal(MessageStatus.Sending, (await db.Messages.GetAsync(notice.Id))!.Status);
        Assert.Empty(await db.Messages.ListDueAsync());
        _time.Advance(TimeSpan.FromMinutes(11));
        // The claimer stopped: its lease lapsed, so the due check finds it and may claim it again.
        Assert.Equal([notice.Id], await db.Messages.ListDueAsync());
        Assert.True(await db.Messages.ClaimAsync(notice.Id, _time.GetUtcNow().AddMinutes(10)));
    }

    [Fact]
    public async Task MarkQueuedAsync_AfterClaim_FinalWithFigures()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var notice = Notice();
        await db.Messages.AddAsync(notice);
        var figures = new MessageFigures(1200, 1150, 40, 10);

        Assert.False(await db.Messages.MarkQueuedAsync(notice.Id, figures));
        Assert.True(await db.Messages.ClaimAsync(notice.Id, _time.GetUtcNow().AddMinutes(10)));
        Assert.True(await db.Messages.MarkQueuedAsync(notice.Id, figures));

        var stored = (await db.Messages.GetAsync(notice.Id))!;
        Assert.Equal((MessageStatus.Queued, figures, _time.GetUtcNow()), (stored.Status, stored.Figures, stored.QueuedAt));
        Assert.False(await db.Messages.ClaimAsync(notice.Id, _time.GetUtcNow().AddHours(1)));
        Assert.False(await db.Messages.CancelAsync(notice.Id));
        Assert.False(await db.Messages.ScheduleAsync(notice.Id, _time.GetUtcNow().AddHours(1)));
    }

    [Fact]
    public async Task CancelAsync_Scheduled_NeverDue()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var notice = Notice();
        await db.Messages.AddAsync(notice);
        await db.Messages.ScheduleAsync(notice.Id, _time.GetUtcNow().AddMinutes(1));

        Assert.True(await db.Messages.CancelAsync(notice.Id));
        _time.Advance(TimeSpan.FromHours(1));

        Assert.Empty(await db.Messages.ListDueAsync());
        Assert.False(await db.Messages.ClaimAsync(notice.Id, _time.GetUtcNow().AddMinutes(10)));
        Assert.Equal(MessageStatus.Cancelled, (await db.Messages.GetAsync(notice.Id))!.Status);
    }
}
