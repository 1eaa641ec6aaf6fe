using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Omov.Cli.Output;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Delivery.Email;
using Omov.Delivery.Email.Templates;
using Omov.Elections.Audit;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov mail send</c> delivers the email outbox over SMTP; <c>omov mail status</c> shows how
/// many messages are in each status; <c>omov mail bounced</c> lists the members whose email was
/// refused. See docs/email-delivery.md.
/// </summary>
internal static class MailCommand
{
    public static Command Create(CliContext context) => new("mail", "The email outbox: send it over SMTP, see its figures, list bounces.")
    {
        Send(context),
        Status(context),
        Bounced(context),
    };

    private static Command Send(CliContext context)
    {
        var db = DatabaseOption.Create();
        var smtp = new Option<string?>("--smtp")
        {
            Description = $"The SMTP server as HOST:PORT (default: ${SmtpSettings.HostVariable}). Login, security and From come from ${SmtpSettings.UserVariable}, ${SmtpSettings.PasswordVariable}, ${SmtpSettings.SecurityVariable} (none, starttls, starttls-when-available, tls) and ${SmtpSettings.FromVariable}.",
            HelpName = "HOST:PORT",
        };
        var rate = new Option<double?>("--rate") { Description = "The most messages per second (default: no limit).", HelpName = "N" };
        var batch = new Option<int>("--batch") { Description = "Messages claimed at a time.", HelpName = "N", DefaultValueFactory = _ => 100 };
        var templates = new Option<string?>("--templates") { Description = "A folder of NAME.LANG.md templates adding to or replacing the built-in ones.", HelpName = "DIR" };
        var lease = new Option<int>("--lease") { Description = "Seconds a claim holds before another sender may take its messages (after a crash).", HelpName = "SECONDS", DefaultValueFactory = _ => 600 };
        var maxAttempts = new Option<int>("--max-attempts") { Description = "Attempts before a message that keeps being deferred is failed.", HelpName = "N", DefaultValueFactory = _ => 8 };
        var command = new Command(
            "send",
            "Send every message due in the outbox, then stop. Deferred messages wait for their next attempt (run again later, or let the web app's sender run).\n"
            + "Exit codes: 0 done (bounces and deferrals are outcomes, not errors), 1 the SMTP server could not be used (untried messages stay queued: nothing is lost), 2 bad input.\n"
            + "Example: OMOV_SMTP_FROM='Ballots <ballots@example.org>' omov mail send --smtp localhost:25 --rate 200")
        {
            db, smtp, rate, batch, templates, lease, maxAttempts,
        };
        command.SetAction(parsed =>
        {
            var (settings, settingsError) = SmtpSettings.FromEnvironment(parsed.GetValue(smtp));
            if (settings is null)
            {
                context.Fail(settingsError!);
                return ExitCodes.BadInput;
            }

            var perSecond = parsed.GetValue(rate);
            if (perSecond is <= 0 or > 100_000 || perSecond is double.NaN)
            {
                context.Fail("--rate must be more than 0 and at most 100000 messages per second");
                return ExitCodes.BadInput;
            }

            var batchSize = parsed.GetValue(batch);
            var leaseSeconds = parsed.GetValue(lease);
            var attempts = parsed.GetValue(maxAttempts);
            if (batchSize is < 1 or > 10_000 || leaseSeconds is < 1 or > 86_400 || attempts is < 1 or > 100)
            {
                context.Fail(batchSize is < 1 or > 10_000 ? "--batch must be from 1 to 10000"
                    : leaseSeconds is < 1 or > 86_400 ? "--lease must be from 1 to 86400 seconds" : "--max-attempts must be from 1 to 100");
                return ExitCodes.BadInput;
            }

            var templateSet = TemplateSet.BuiltIn;
            if (parsed.GetValue(templates) is { } folder)
            {
                if (!Directory.Exists(folder))
                {
                    context.Fail($"{folder}: folder not found");
                    return ExitCodes.BadInput;
                }

                var (loaded, templateError) = TemplateSet.Load(folder);
                if (loaded is null)
                {
                    context.Fail(Path.Combine(folder, templateError!.ToString()));
                    return ExitCodes.BadInput;
                }

                templateSet = loaded;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db) ?? DatabaseOption.Default);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var options = new EmailSenderOptions
            {
                BatchSize = batchSize,
                MessagesPerSecond = perSecond,
                Lease = TimeSpan.FromSeconds(leaseSeconds),
                MaxAttempts = attempts,
            };
            EmailSender sender;
            try
            {
                sender = new EmailSender(database.EmailOutbox, settings, options, templateSet);
            }
            catch (ArgumentException ex)
            {
                context.Fail(ex.Message);
                return ExitCodes.BadInput;
            }

            return Run(context, database, sender, settings);
        });
        return command;
    }

    private static int Run(CliContext context, OmovDatabase database, EmailSender sender, SmtpSettings settings)
    {
        var due = database.EmailOutbox.CountAsync().GetAwaiter().GetResult();
        var stopwatch = Stopwatch.StartNew();
        SendSummary summary;
        using (var stop = new CancellationTokenSource())
        {
            // Ctrl+C: finish the message in hand, record every outcome, give the rest back.
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            try
            {
                summary = SendProgressBar.Run(context, due.Queued + due.Deferred + due.Sending, progress =>
                    sender.RunUntilEmptyAsync(progress, stop.Token));
            }
            catch (OperationCanceledException)
            {
                context.Fail("stopped: every message sent so far is recorded, the rest are back in the outbox");
                return ExitCodes.Failure;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
                sender.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
        }

        var elapsed = stopwatch.Elapsed;
        if (summary.Handled > 0 && !CliAudit.Record(context, database, AuditActions.MailSent, "outbox", new Dictionary<string, string>
        {
            ["sent"] = Number(summary.Sent),
            ["deferred"] = Number(summary.Deferred),
            ["bounced"] = Number(summary.Bounced),
            ["failed"] = Number(summary.Failed),
            ["smtp"] = $"{settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)}",
            ["sender"] = sender.SenderId,
        }))
        {
            return ExitCodes.Failure;
        }

        var perSecond = elapsed.TotalSeconds > 0 ? summary.Handled / elapsed.TotalSeconds : 0;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Sent {summary.Sent:N0}, deferred {summary.Deferred:N0}, bounced {summary.Bounced:N0}, failed {summary.Failed:N0} in {elapsed.TotalSeconds:F1} s ({perSecond:F0} messages/s)."));
        var after = database.EmailOutbox.CountAsync().GetAwaiter().GetResult();
        if (after.Deferred > 0 && database.EmailOutbox.NextDueAsync().GetAwaiter().GetResult() is { } next)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{after.Deferred:N0} deferred messages wait for a later attempt (the next at {next.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC)."));
        }

        if (summary.ServerUnavailable is { } problem)
        {
            context.Fail($"SMTP server {settings.Host}:{settings.Port.ToString(CultureInfo.InvariantCulture)} unavailable: {problem}; {Number(after.Queued + after.Deferred)} messages wait in the outbox, nothing lost");
            return ExitCodes.Failure;
        }

        return ExitCodes.Success;
    }

    private static Command Status(CliContext context)
    {
        var db = DatabaseOption.Create();
        var batch = new Option<string?>("--batch") { Description = "Only the messages of this batch.", HelpName = "ID" };
        var command = new Command("status", "How many messages are queued, sending, sent, deferred, bounced and failed.") { db, batch };
        command.SetAction(parsed =>
        {
            using var database = DatabaseOption.Open(context, parsed.GetValue(db) ?? DatabaseOption.Default);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var counts = database.EmailOutbox.CountAsync(parsed.GetValue(batch)).GetAwaiter().GetResult();
            foreach (var status in Enum.GetValues<OutboxStatus>())
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{OutboxStatusNames.Of(status),-9} {counts[status],12:N0}"));
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"total",-9} {counts.Total,12:N0}"));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Bounced(CliContext context)
    {
        var db = DatabaseOption.Create();
        var batch = new Option<string?>("--batch") { Description = "Only the messages of this batch.", HelpName = "ID" };
        var command = new Command(
            "bounced",
            "List the messages the SMTP server refused for good, oldest first, as tab-separated lines: membership number, kind, batch, time (UTC), SMTP reply. These members need another way to get what was sent (a postal reissue).")
        {
            db, batch,
        };
        command.SetAction(parsed =>
        {
            using var database = DatabaseOption.Open(context, parsed.GetValue(db) ?? DatabaseOption.Default);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var list = database.EmailOutbox.ListBouncedAsync(parsed.GetValue(batch)).GetAsyncEnumerator();
            try
            {
                while (list.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                {
                    var b = list.Current;
                    context.Out.WriteLine(string.Join('\t', b.MemberNumber ?? string.Empty, b.Kind, b.BatchId ?? string.Empty,
                        b.BouncedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture), b.LastResponse ?? string.Empty));
                }
            }
            finally
            {
                list.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);
}
