using System.Diagnostics;
using System.Globalization;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Data.Tests.Providers;
using Omov.Delivery.Tests.Email;
using Omov.Delivery.Tests.Smtp;

namespace Omov.Delivery.Tests.Cli;

/// <summary><c>omov mail send|status|bounced</c> against a real SMTP server, on both engines.</summary>
public abstract class MailCommandTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    private static string Endpoint(SmtpSink sink) => "127.0.0.1:" + sink.Port.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Send_DueMessages_SentBouncedCountedAndAudited()
    {
        await using var test = await _provider.CreateAsync();
        using (var db = await test.OpenAsync())
        {
            await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 20).Select(i => Outboxes.Ballot(i, i % 2 == 0 ? "cy" : "en")));
        }

        await using var sink = await SmtpSink.StartAsync(reject: [Outboxes.Address(3)]);

        var send = OmovRun.Of("mail", "send", "--db", test.Connection, "--smtp", Endpoint(sink), "--rate", "500", "--batch", "7").AssertSuccess();

        Assert.StartsWith("Sent 19, deferred 0, bounced 1, failed 0 in ", send.Out, StringComparison.Ordinal);
        Assert.Equal(19, sink.Received().Count);
        var status = OmovRun.Of("mail", "status", "--db", test.Connection).AssertSuccess();
        Assert.Equal("queued               0\nsending              0\nsent                19\ndeferred             0\nbounced              1\nfailed               0\ntotal               20\n", status.Out.ReplaceLineEndings("\n"));
        Assert.Contains("sent                 0", OmovRun.Of("mail", "status", "--db", test.Connection, "--batch", "other").AssertSuccess().Out, StringComparison.Ordinal);
        var bounced = OmovRun.Of("mail", "bounced", "--db", test.Connection, "--batch", "issue-1").AssertSuccess().Out.Split('\t');
        Assert.Equal(["L000003", "ballot", "issue-1"], bounced[..3]);
        Assert.StartsWith("550 5.1.1 <recipient>: Recipient address rejected", bounced[4], StringComparison.Ordinal);

        var audit = OmovRun.Of("audit", "export", "--db", test.Connection).AssertSuccess().Out;
        Assert.Contains("\"action\":\"mail.sent\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"sent\":\"19\"", audit, StringComparison.Ordinal);
        Assert.Contains("\"bounced\":\"1\"", audit, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.org", audit, StringComparison.Ordinal);

        // Nothing due: a second run sends nothing and writes no audit entry.
        Assert.StartsWith("Sent 0, deferred 0", OmovRun.Of("mail", "send", "--db", test.Connection, "--smtp", Endpoint(sink)).AssertSuccess().Out, StringComparison.Ordinal);
        Assert.Equal(19, sink.Received().Count);
    }

    [Fact]
    public async Task Send_NoServer_ExitsOneAndKeepsEveryMessage()
    {
        await using var test = await _provider.CreateAsync();
        using (var db = await test.OpenAsync())
        {
            await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, 5).Select(i => Outboxes.Ballot(i)));
        }

        await using var sink = await SmtpSink.StartAsync();
        sink.Kill();

        var run = OmovRun.Of("mail", "send", "--db", test.Connection, "--smtp", Endpoint(sink));

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"omov: SMTP server {Endpoint(sink)} unavailable: ", run.Error, StringComparison.Ordinal);
        Assert.EndsWith("; 5 messages wait in the outbox, nothing lost\n", run.Error.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("queued               5", OmovRun.Of("mail", "status", "--db", test.Connection).Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_ProcessKilledMidBatch_RerunDeliversEveryMessageWithAtMostOneRepeat()
    {
        await using var test = await _provider.CreateAsync();
        const int count = 60;
        using (var db = await test.OpenAsync())
        {
            await db.EmailOutbox.EnqueueAsync(Enumerable.Range(1, count).Select(i => Outboxes.Ballot(i)));
        }

        await using var sink = await SmtpSink.StartAsync();
        // A real sender process, slowed to 20 messages a second with a 2-second lease, killed
        // (SIGKILL: no clean-up at all) once some of its messages have arrived.
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "omov.dll"), "mail", "send", "--db", test.Connection, "--smtp", Endpoint(sink), "--rate", "20", "--batch", "25", "--lease", "2" })
        {
            start.ArgumentList.Add(argument);
        }

        using (var sender = Process.Start(start)!)
        {
            var waited = Stopwatch.StartNew();
            while (sink.Count < 12 && !sender.HasExited && waited.Elapsed < TimeSpan.FromSeconds(60))
            {
                await Task.Delay(50);
            }

            if (sender.HasExited)
            {
                Assert.Fail("the sender finished before it could be killed: " + await sender.StandardError.ReadToEndAsync());
            }

            sender.Kill(entireProcessTree: true);
            await sender.WaitForExitAsync();
        }

        Assert.InRange(sink.Count, 12, count - 1);
        // Let the dead sender's lease lapse, then send again.
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        OmovRun.Of("mail", "send", "--db", test.Connection, "--smtp", Endpoint(sink), "--lease", "2").AssertSuccess();

        var received = sink.Received();
        Assert.Equal(Enumerable.Range(1, count).Select(Outboxes.Address).Order(), received.Select(r => r.Recipients.Single()).Distinct().Order());
        // The one message the server may have taken just before the kill, before its outcome was
        // recorded, can arrive twice, and then with the same Message-ID (docs/email-delivery.md).
        Assert.InRange(received.Count, count, count + 1);
        Assert.InRange(received.Select(r => r.Message.MessageId).Distinct().Count(), count, count);
        using var check = await test.OpenAsync();
        Assert.Equal(count, (await check.EmailOutbox.CountAsync()).Sent);
    }

    [Fact]
    public async Task Send_BadOptions_OneLineAndExitTwo()
    {
        await using var test = await _provider.CreateAsync();
        var db = test.Connection;

        OmovRun.Of("mail", "send", "--db", db, "--smtp", "localhost:smtp").AssertBadInput("'localhost:smtp' is not HOST:PORT (a port from 1 to 65535)");
        OmovRun.Of("mail", "send", "--db", db, "--smtp", "localhost:70000").AssertBadInput("'localhost:70000' is not HOST:PORT (a port from 1 to 65535)");
        OmovRun.Of("mail", "send", "--db", db, "--smtp", "localhost:25", "--rate", "0").AssertBadInput("--rate must be more than 0 and at most 100000 messages per second");
        OmovRun.Of("mail", "send", "--db", db, "--smtp", "localhost:25", "--batch", "0").AssertBadInput("--batch must be from 1 to 10000");
        OmovRun.Of("mail", "send", "--db", db, "--smtp", "localhost:25", "--templates", "/no/such/folder").AssertBadInput("/no/such/folder: folder not found");
        if (Environment.GetEnvironmentVariable("OMOV_SMTP") is null)
        {
            OmovRun.Of("mail", "send", "--db", db).AssertBadInput("no SMTP server: give --smtp HOST:PORT or set OMOV_SMTP");
        }
    }
}
