using Omov.Data;
using Omov.Data.Tests.Providers;
using Omov.Delivery.Email;
using Omov.Delivery.Tests.Smtp;

namespace Omov.Delivery.Tests.Email;

/// <summary><see cref="EmailSender.RunAsync"/>, the loop a hosted service runs, on the real clock.</summary>
public abstract class EmailSenderLoopTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task RunAsync_MessagesQueuedWhileRunning_SentThenStopsCleanly()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await OmovDatabase.OpenAsync(test.Connection);
        await using var sink = await SmtpSink.StartAsync();
        await using var sender = new EmailSender(db.EmailOutbox, sink.Settings, new EmailSenderOptions { IdleDelay = TimeSpan.FromMilliseconds(100) });
        using var stop = new CancellationTokenSource();
        var loop = sender.RunAsync(stop.Token);

        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 5).Select(i => Outboxes.Ballot(i)));
        await WaitForAsync(() => sink.Count == 5);
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(6, 5).Select(i => Outboxes.Ballot(i)));
        await WaitForAsync(() => sink.Count == 10);
        await stop.CancelAsync();
        await loop;

        Assert.Equal(10, (await db.EmailOutbox.CountAsync()).Sent);
    }

    [Fact]
    public async Task RunAsync_ServerDownThenBack_SendsWhenItReturns()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await OmovDatabase.OpenAsync(test.Connection);
        await using var sink = await SmtpSink.StartAsync();
        sink.Kill();
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 5).Select(i => Outboxes.Ballot(i)));
        await using var sender = new EmailSender(db.EmailOutbox, sink.Settings, new EmailSenderOptions { IdleDelay = TimeSpan.FromMilliseconds(100), MaxOutageDelay = TimeSpan.FromSeconds(1) });
        using var stop = new CancellationTokenSource();
        var loop = sender.RunAsync(stop.Token);

        await Task.Delay(TimeSpan.FromSeconds(1.5));
        Assert.Equal(5, (await db.EmailOutbox.CountAsync()).Queued);
        await sink.RestartAsync();
        await WaitForAsync(() => sink.Count == 5);
        await stop.CancelAsync();
        await loop;

        Assert.Equal(5, (await db.EmailOutbox.CountAsync()).Sent);
    }

    // A generous limit: this is a wait for something to happen, not a measure of speed.
    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition(), "timed out waiting for the sender");
    }
}
