using System.CommandLine;
using System.Globalization;
using Omov.Data;
using Omov.Delivery.Messages;
using Omov.Elections.Messages;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov message compose|preview|send|send-due|list</c>: notices and bulk messages to a segment of
/// the register, queued into the email outbox (which <c>omov mail send</c> delivers). See docs/messages.md.
/// </summary>
internal static class MessageCommand
{
    public static Command Create(CliContext context) => new("message", "Notices and bulk messages to a segment of the register: compose, preview, send now or at a time, list.")
    {
        Compose(context),
        Preview(context),
        Send(context),
        SendDue(context),
        List(context),
    };

    private static Command Compose(CliContext context)
    {
        var subject = new Option<string>("--subject") { Description = "The subject line; merge fields allowed.", HelpName = "TEXT", Required = true };
        var body = new Option<string>("--body") { Description = "A Markdown file with the body; merge fields {{first_name}}, {{local_party}} (and {{unsubscribe_link}} in an optional message).", HelpName = "FILE", Required = true };
        var kind = new Option<string>("--kind") { Description = "statutory (sent to everyone in the segment) or optional (unsubscribe link; unsubscribed members skipped).", HelpName = "KIND", Required = true };
        var segment = new MessageSegmentOptions();
        var db = DatabaseOption.Create();
        var command = new Command("compose", "Compose a draft message to a segment and show who it would reach. Example: omov message compose --subject 'Nomination meeting' --body notice.md --kind statutory --unit CLP-0412 --joined-by 2019-12-17")
        {
            subject, body, kind, db,
        };
        segment.AddTo(command);
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var kindText = parsed.GetValue(kind)!.Trim().ToLowerInvariant();
            if (kindText is not ("statutory" or "optional"))
            {
                context.Fail($"--kind must be statutory or optional, not '{parsed.GetValue(kind)}'");
                return ExitCodes.BadInput;
            }

            var file = parsed.GetValue(body)!;
            if (!File.Exists(file))
            {
                context.Fail($"{file}: file not found");
                return ExitCodes.BadInput;
            }

            if (segment.Read(context, parsed) is not { } chosen)
            {
                return ExitCodes.BadInput;
            }

            var service = Service(context, database);
            var draft = new MessageDraft(parsed.GetValue(subject)!, File.ReadAllText(file), kindText == "statutory" ? MessageKind.Statutory : MessageKind.Optional, chosen);
            if (ServiceOutcome.Value(context, service.ComposeAsync(draft, CliAudit.Actor).GetAwaiter().GetResult()) is not { } message)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine($"Draft {message.Id:D}: {message.Description}.");
            WriteFigures(context, service.PreviewAsync(message).GetAwaiter().GetResult().Figures);
            context.Out.WriteLine($"Send it with 'omov message send {message.Id:D}' (now) or add --at yyyy-MM-ddTHH:mm (London time).");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Preview(CliContext context)
    {
        var id = IdArgument();
        var db = DatabaseOption.Create();
        var command = new Command("preview", "Who a message would reach now, and the message as a member would get it (merged for a sample member).") { id, db };
        command.SetAction(parsed => WithMessage(context, parsed.GetValue(db)!, parsed.GetValue(id)!, (service, message) =>
        {
            var preview = service.PreviewAsync(message).GetAwaiter().GetResult();
            context.Out.WriteLine($"{message.Description}.");
            WriteFigures(context, preview.Figures);
            context.Out.WriteLine();
            context.Out.WriteLine("Subject: " + preview.Sample.Subject);
            context.Out.WriteLine();
            context.Out.Write(preview.Sample.TextBody);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Send(CliContext context)
    {
        var id = IdArgument();
        var at = new Option<string?>("--at") { Description = "Send at this local time (Europe/London), yyyy-MM-ddTHH:mm; the web app's due check or 'omov message send-due' queues it then.", HelpName = "TIME" };
        var db = DatabaseOption.Create();
        var command = new Command("send", "Queue a message into the email outbox now, or schedule it. 'omov mail send' (or the web app) delivers the outbox.") { id, at, db };
        command.SetAction(parsed => WithMessage(context, parsed.GetValue(db)!, parsed.GetValue(id)!, (service, message) =>
        {
            if (parsed.GetValue(at) is { } text)
            {
                if (!DateTime.TryParseExact(text, "yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                {
                    context.Fail($"--at '{text}' is not a local time written yyyy-MM-ddTHH:mm");
                    return ExitCodes.BadInput;
                }

                var sendAt = service.ToUtc(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local));
                if (ServiceOutcome.Value(context, service.ScheduleAsync(message, sendAt, CliAudit.Actor).GetAwaiter().GetResult()) is null)
                {
                    return ExitCodes.BadInput;
                }

                context.Out.WriteLine($"Scheduled for {service.Local(sendAt)}.");
                return ExitCodes.Success;
            }

            if (ServiceOutcome.Value(context, service.SendNowAsync(message.Id, CliAudit.Actor).GetAwaiter().GetResult()) is not { } sent)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine("Queued.");
            WriteFigures(context, sent.Figures!);
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command SendDue(CliContext context)
    {
        var db = DatabaseOption.Create();
        var command = new Command("send-due", "Queue every scheduled message whose time has come (what the web app does every minute); for a cron job when the web app is not running.") { db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var queued = Service(context, database).SendDueAsync().GetAwaiter().GetResult();
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Queued {queued} due message{(queued == 1 ? string.Empty : "s")}."));
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = DatabaseOption.Create();
        var command = new Command("list", "The messages, latest first: id, status, kind, recipients queued, subject.") { db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            foreach (var m in database.Messages.ListAsync().GetAwaiter().GetResult())
            {
                var queued = m.Figures is { } f ? f.Queued.ToString("N0", CultureInfo.InvariantCulture) : "-";
                context.Out.WriteLine($"{m.Id:D}  {Data.Messages.MessageRepository.Name(m.Status),-9}  {Data.Messages.MessageRepository.Name(m.Kind),-9}  {queued,8}  {m.Subject}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Argument<string> IdArgument() => new("id") { Description = "The message's id (from 'omov message list').", HelpName = "ID" };

    private static MessageService Service(CliContext context, OmovDatabase database)
    {
        var url = Environment.GetEnvironmentVariable(MessageOptions.PublicUrlVariable);
        return new MessageService(database, new MessageOptions
        {
            PublicUrl = Uri.TryCreate(string.IsNullOrWhiteSpace(url) ? "http://127.0.0.1:5000/" : url, UriKind.Absolute, out var uri) ? uri : new Uri("http://127.0.0.1:5000/"),
        });
    }

    private static int WithMessage(CliContext context, string connection, string id, Func<MessageService, BulkMessage, int> action) =>
        ContestCommand.WithDatabase(context, connection, database =>
        {
            var message = Guid.TryParse(id, out var guid) ? database.Messages.GetAsync(guid).GetAwaiter().GetResult() : null;
            if (message is null)
            {
                context.Fail($"no message has the id '{id}' (see 'omov message list')");
                return ExitCodes.BadInput;
            }

            return action(Service(context, database), message);
        });

    private static void WriteFigures(CliContext context, MessageFigures figures) =>
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Members in the segment: {figures.Selected:N0}; messages: {figures.Queued:N0}; no usable email: {figures.NoEmail:N0}; unsubscribed: {figures.Unsubscribed:N0}."));
}
