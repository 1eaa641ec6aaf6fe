using Microsoft.Extensions.Time.Testing;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Data.Tests.Providers;
using Omov.Delivery.Email;
using Omov.Delivery.Reissue;
using Omov.Delivery.Tests.Smtp;
using Omov.Elections.Events;

namespace Omov.Delivery.Tests.Reissue;

/// <summary>Reminder rounds on both engines, read at a real SMTP server: they never reach a member who has voted.</summary>
public abstract class ReminderTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(ReissueScene.Midway);

    private async Task<(TestDatabase Test, OmovDatabase Db, ReissueScene Scene)> OpenAsync(int extra = 0)
    {
        var test = await _provider.CreateAsync();
        var db = await OmovDatabase.OpenAsync(test.Connection, _time);
        return (test, db, await ReissueScene.CreateAsync(db, extra));
    }

    private static Reminders Reminders(OmovDatabase db) => new(db, ReissueScene.Settings);

    private async Task<IReadOnlyList<string>> SendAllAsync(OmovDatabase db, SmtpSink sink, int batch = 50)
    {
        await using var sender = new EmailSender(db.EmailOutbox, sink.Settings, new EmailSenderOptions { BatchSize = batch }, time: _time);
        await sender.RunUntilEmptyAsync();
        return [.. sink.Received().Select(r => Assert.Single(r.Recipients)).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public async Task RemindNow_MemberWhoVotedBeforeTheRound_GetsNothing_TheOthersGetALinkAndNoCode()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();

        var result = await Reminders(db).RemindNowAsync(scene.Event, "staff:ro");
        var arrived = await SendAllAsync(db, sink);

        Assert.Equal(new ReminderRoundResult(1, 1, null), result);
        Assert.Equal(["ann@example.org"], arrived);
        var message = sink.Received().Single().Message;
        Assert.StartsWith("Reminder: voting in Election of Labour Leader and Deputy Leader 2020 closes at 12 noon on Thursday 2 April 2020", message.Subject, StringComparison.Ordinal);
        Assert.Contains("https://vote.example.org/Reissue/lead-2020", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("https://vote.example.org/vote", message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(scene.FirstCodes[ReissueScene.EmailVoter].ToDisplayText(), message.TextBody, StringComparison.Ordinal);
        Assert.DoesNotMatch("https://vote\\.example\\.org/vote/[0-9A-Z]", message.TextBody!);
    }

    [Fact]
    public async Task Reminder_QueuedBeforeTheMemberVoted_IsNotSentAfter()
    {
        var (test, db, scene) = await OpenAsync(extra: 30);
        await using var _ = test;
        using var __ = db;
        await using var sink = await SmtpSink.StartAsync();
        var round = await Reminders(db).RemindNowAsync(scene.Event, "staff:ro");
        Assert.Equal(31, round.Queued);

        // Ann and ten others vote after the round was queued, before any sender runs.
        await scene.VoteAsync(db, ReissueScene.EmailVoter);
        for (var i = 0; i < 10; i++)
        {
            await scene.VoteAsync(db, FormattableString.Invariant($"L1{i:D6}"));
        }

        var arrived = await SendAllAsync(db, sink, batch: 7);

        Assert.Equal(20, arrived.Count);
        Assert.DoesNotContain("ann@example.org", arrived);
        Assert.DoesNotContain("bea@example.org", arrived);
        Assert.All(Enumerable.Range(0, 10), i => Assert.DoesNotContain(FormattableString.Invariant($"eve{i}@example.org"), arrived));
        var counts = await db.EmailOutbox.CountAsync(global::Omov.Delivery.Reissue.Reminders.BatchId(scene.Event.Id, 1));
        Assert.Equal((20, 11), (counts.Sent, counts.Failed));
        var withdrawn = await db.EmailOutbox.GetAsync(global::Omov.Delivery.Reissue.Reminders.IdempotencyKey(scene.Event.Id, ReissueScene.EmailVoter, 1));
        Assert.Equal((OutboxStatus.Failed, EmailOutboxRepository.WithdrawnResponse), (withdrawn!.Status, withdrawn.LastResponse));
    }

    [Fact]
    public async Task QueueRound_Repeated_QueuesNothingTwice_ANewRoundRemindsAgain()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var reminders = Reminders(db);

        var first = await reminders.RemindNowAsync(scene.Event, "staff:ro");
        var again = await reminders.QueueRoundAsync(scene.Event, first.Round, "staff:ro");
        var second = await reminders.RemindNowAsync(scene.Event, "staff:ro");

        Assert.Equal((1, 1L), (first.Round, first.Queued));
        Assert.Equal((1, 0L), (again.Round, again.Queued));
        Assert.Equal((2, 1L), (second.Round, second.Queued));
        Assert.Equal(2, (await db.EmailOutbox.CountAsync()).Queued);
    }

    [Fact]
    public async Task QueueDue_ScheduledRound_QueuedOnlyOnceDue()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var reminders = Reminders(db);
        await reminders.ScheduleAsync(scene.Event, ReissueScene.Midway.AddDays(1), "staff:ro");

        Assert.Empty(await reminders.QueueDueAsync());
        _time.Advance(TimeSpan.FromDays(1));
        var queued = Assert.Single(await reminders.QueueDueAsync());
        Assert.Empty(await reminders.QueueDueAsync());

        Assert.Equal(new ReminderRoundResult(1, 1, null), queued);
        var round = Assert.Single(await db.ReminderRounds.ListAsync(scene.Event.Id));
        Assert.Equal(1, round.Queued);
    }

    [Fact]
    public async Task RemindNow_EventClosed_Refused()
    {
        var (test, db, scene) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        _time.SetUtcNow(scene.Event.Timetable.Close);

        var result = await Reminders(db).RemindNowAsync(scene.Event, "staff:ro");
        var draft = await Reminders(db).RemindNowAsync(scene.Event with { Status = BallotEventStatus.Scheduled }, "staff:ro");

        Assert.False(result.Succeeded);
        Assert.False(draft.Succeeded);
        Assert.Equal(0, (await db.EmailOutbox.CountAsync()).Queued);
    }
}

public sealed class SqliteReminderTests : ReminderTests<SqliteProvider>;

public sealed class PostgresReminderTests : ReminderTests<PostgresProvider>;
