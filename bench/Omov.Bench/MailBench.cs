using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Delivery.Email;

namespace Omov.Bench;

/// <summary>
/// The email outbox, measured in one fresh process each:
/// <c>mail enqueue ENGINE N</c> queues N templated ballot emails in one call, against a baseline
/// of building the same messages and serialising their merge values without writing them;
/// <c>mail send ENGINE N [SENDERS] [MARK-EVERY]</c> sends N queued messages to the test SMTP sink
/// (tests/Omov.Delivery.Tests/Smtp/sink.py, storing nothing) against a baseline of MailKit alone
/// sending N ready-made messages over one connection to the same sink, with no outbox.
/// </summary>
internal static class MailBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var what = args[1];
        var engine = args[2];
        var count = int.Parse(args[3], CultureInfo.InvariantCulture);
        await using var database = await BenchDatabase.CreateAsync(engine);
        using var db = await OmovDatabase.OpenAsync(database.Connection);
        if (what == "enqueue")
        {
            return await EnqueueAsync(db, engine, count);
        }

        var senders = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
        var markEvery = args.Length > 5 ? int.Parse(args[5], CultureInfo.InvariantCulture) : 1;
        return await SendAsync(db, engine, count, senders, markEvery);
    }

    private static OutboxMessage Ballot(int i) => new()
    {
        IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"ballot:bench:{i}"),
        Kind = "ballot",
        BatchId = "bench",
        MemberNumber = string.Create(CultureInfo.InvariantCulture, $"L{i:D7}"),
        Recipient = string.Create(CultureInfo.InvariantCulture, $"member{i}@example.org"),
        Language = i % 20 == 0 ? "cy" : "en",
        Template = "ballot",
        MergeValues = new Dictionary<string, MergeValue>
        {
            ["first_name"] = "Member",
            ["event_name"] = "Leadership Election 2026",
            ["contests"] = MergeValue.List(["Leader (AV)", "Deputy Leader (AV)", "NEC CLP section (STV, 9 seats)"]),
            ["close_time"] = "12:00 on Thursday 2 April 2026",
            ["voting_link"] = string.Create(CultureInfo.InvariantCulture, $"https://vote.example.org/b/{i:x16}{i:x16}"),
            ["voting_code"] = string.Create(CultureInfo.InvariantCulture, $"{i:x8}-{i:x8}-{i:x8}"),
            ["help_contact"] = "ballot-help@example.org or 0345 092 2299",
        },
    };

    private static async Task<int> EnqueueAsync(OmovDatabase db, string engine, int count)
    {
        var stopwatch = Stopwatch.StartNew();
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            bytes += JsonSerializer.Serialize(Ballot(i).MergeValues!.ToDictionary(p => p.Key, p => p.Value.ToString())).Length;
        }

        var baseline = stopwatch.Elapsed;
        stopwatch.Restart();
        var result = await db.EmailOutbox.EnqueueAsync(Enumerable.Range(0, count).Select(Ballot));
        var enqueue = stopwatch.Elapsed;
        stopwatch.Restart();
        var again = await db.EmailOutbox.EnqueueAsync(Enumerable.Range(0, count).Select(Ballot));
        var repeat = stopwatch.Elapsed;
        stopwatch.Restart();
        var counts = await db.EmailOutbox.CountAsync();
        var countTime = stopwatch.Elapsed;
        stopwatch.Restart();
        var claimed = await db.EmailOutbox.ClaimAsync("bench", 100, TimeSpan.FromMinutes(5));
        var claimTime = stopwatch.Elapsed;
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(FormattableString.Invariant(
            $"mail enqueue {engine} {count:N0}: {enqueue.TotalSeconds:F1} s ({count / enqueue.TotalSeconds:F0}/s; added {result.Added:N0}), baseline build+serialise {baseline.TotalSeconds:F2} s, ratio {enqueue / baseline:F1}; ") + FormattableString.Invariant(
            $"again (all skipped: {again.AlreadyQueued:N0}) {repeat.TotalSeconds:F1} s; counts {countTime.TotalMilliseconds:F0} ms ({counts.Queued:N0} queued); claim 100 {claimTime.TotalMilliseconds:F0} ms ({claimed.Count}); peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
        return 0;
    }

    private static async Task<int> SendAsync(OmovDatabase db, string engine, int count, int senders, int markEvery)
    {
        await db.EmailOutbox.EnqueueAsync(Enumerable.Range(0, count).Select(Ballot));
        using (var afterEnqueue = Process.GetCurrentProcess())
        {
            Console.WriteLine(FormattableString.Invariant($"after enqueue: peak working set {afterEnqueue.PeakWorkingSet64 / 1048576.0:F0} MB, managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));
        }

        var port = FreePort();
        using var sink = StartSink(port);
        var settings = new SmtpSettings { Host = "127.0.0.1", Port = port, Security = SmtpSecurity.None, From = "Ballots <ballots@example.org>" };

        var stopwatch = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, senders).Select(async s =>
        {
            await using var sender = new EmailSender(db.EmailOutbox, settings, new EmailSenderOptions { BatchSize = 200, MarkEvery = markEvery, SenderId = "bench-" + s.ToString(CultureInfo.InvariantCulture) });
            return await sender.RunUntilEmptyAsync();
        }).ToList();
        var results = await Task.WhenAll(workers);
        var outbox = stopwatch.Elapsed;
        using var process = Process.GetCurrentProcess();
        var peak = process.PeakWorkingSet64;
        Console.WriteLine(FormattableString.Invariant($"after sending: managed heap {GC.GetTotalMemory(false) / 1048576.0:F0} MB, after a full collection {GC.GetTotalMemory(true) / 1048576.0:F0} MB"));

        // Baseline, after (so the peak above is the outbox's): MailKit alone over one
        // connection, each message built just before it is sent, no database, no templates.
        stopwatch.Restart();
        using (var client = new SmtpClient())
        {
            await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None);
            for (var i = 0; i < count; i++)
            {
                var message = new MimeMessage { Subject = "Your ballot", Body = new BodyBuilder { TextBody = "Dear Member,\n\nVote now.\n", HtmlBody = "<p>Dear Member,</p><p>Vote now.</p>" }.ToMessageBody() };
                message.From.Add(MailboxAddress.Parse("ballots@example.org"));
                message.To.Add(MailboxAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"member{i}@example.org")));
                await client.SendAsync(message);
            }

            await client.DisconnectAsync(true);
        }

        var baseline = stopwatch.Elapsed;
        Console.WriteLine(FormattableString.Invariant($"after the baseline: managed heap after a full collection {GC.GetTotalMemory(true) / 1048576.0:F0} MB"));
        var sent = results.Sum(r => r.Sent);
        Console.WriteLine(FormattableString.Invariant(
            $"mail send {engine} {count:N0} with {senders} sender(s), mark every {markEvery}: outbox {sent:N0} sent in {outbox.TotalSeconds:F1} s = {sent / outbox.TotalSeconds:F0} messages/s; ") + FormattableString.Invariant(
            $"baseline MailKit alone {count / baseline.TotalSeconds:F0} messages/s; ratio {count / baseline.TotalSeconds / (sent / outbox.TotalSeconds):F2}; outbox peak working set {peak / 1048576.0:F0} MB"));
        return sent == count ? 0 : 1;
    }

    private static SinkProcess StartSink(int port)
    {
        var script = FindSink();
        var folder = Path.Combine(Path.GetTempPath(), "omov-bench", "sink-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardOutput = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var argument in new[] { script, "--port", port.ToString(CultureInfo.InvariantCulture), "--dir", folder, "--discard" })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start)!;
        if (process.StandardOutput.ReadLine() is not { } line || !line.StartsWith("READY", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("the SMTP sink did not start (is python3-aiosmtpd installed?)");
        }

        return new SinkProcess(process, folder);
    }

    private static string FindSink()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "tests", "Omov.Delivery.Tests", "Smtp", "sink.py");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/Omov.Delivery.Tests/Smtp/sink.py not found above " + AppContext.BaseDirectory);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class SinkProcess(Process process, string folder) : IDisposable
    {
        public void Dispose()
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(5000))
            {
                process.Kill();
            }

            process.Dispose();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
