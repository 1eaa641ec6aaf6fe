using System.CommandLine;
using System.Globalization;
using Omov.Data;
using Omov.Delivery.Issuing;
using Omov.Delivery.Reissue;
using Omov.Elections.Events;
using Omov.Elections.Rulebooks;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov event reissue EVENT MEMBER --reason TEXT [--channel email|post]</c> and
/// <c>omov event remind EVENT [--at TIME]</c> (docs/reissue.md).
/// </summary>
internal static class EventReissueCommands
{
    public static Command Reissue(CliContext context)
    {
        var code = new Argument<string>("EVENT") { Description = "The event's code." };
        var member = new Argument<string>("MEMBER") { Description = "The membership number." };
        var reason = new Option<string>("--reason") { Description = "Why (kept in the public audit log: no personal details).", HelpName = "TEXT", Required = true };
        var channel = new Option<string?>("--channel") { Description = "email or post (default: how the member's ballot went).", HelpName = "CHANNEL" };
        var (page, reissuePage, help) = AddressOptions();
        var db = DatabaseOption.Create();
        var command = new Command("reissue", "Give a member a new voting code (the old one stops working), by email or post to the details on file. Refused once they have voted. Exit codes: 0 reissued, 2 refused or bad input, 1 anything else.")
        {
            code, member, reason, channel, page, reissuePage, help, db,
        };
        command.SetAction(parsed =>
        {
            var settings = Settings(context, parsed, page, reissuePage, help);
            var wantedChannel = parsed.GetValue(channel);
            if (settings is null || !TryChannel(context, wantedChannel, out var chosen))
            {
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null || Find(context, database, parsed.GetValue(code)!) is not { } ballotEvent)
            {
                return ExitCodes.BadInput;
            }

            var number = parsed.GetValue(member)!.Trim();
            if (chosen is null)
            {
                var voter = database.Votes.GetVoterAsync(ballotEvent.Id, number).GetAwaiter().GetResult();
                chosen = voter?.Channel == Elections.Rolls.DeliveryChannel.Post ? ReissueChannel.Post : ReissueChannel.Email;
            }

            var result = new StaffReissue(database, settings).ReissueAsync(ballotEvent, number, chosen.Value, parsed.GetValue(reason), CliAudit.Actor).GetAwaiter().GetResult();
            if (!result.Succeeded)
            {
                context.Fail(result.Message);
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(result.Message);
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Remind(CliContext context)
    {
        var code = new Argument<string>("EVENT") { Description = "The event's code." };
        var at = new Option<string?>("--at") { Description = "Schedule the round for this local time in the event's zone (yyyy-MM-dd HH:mm) instead of sending now; 'omov serve' queues it when due.", HelpName = "TIME" };
        var (page, reissuePage, help) = AddressOptions();
        var db = DatabaseOption.Create();
        var command = new Command("remind", "Queue a reminder to every member with an email ballot who has not voted (never to one who has). Exit codes: 0 queued or scheduled, 2 refused or bad input, 1 anything else.")
        {
            code, at, page, reissuePage, help, db,
        };
        command.SetAction(parsed =>
        {
            var settings = Settings(context, parsed, page, reissuePage, help);
            if (settings is null)
            {
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null || Find(context, database, parsed.GetValue(code)!) is not { } ballotEvent)
            {
                return ExitCodes.BadInput;
            }

            var reminders = new Reminders(database, settings);
            if (parsed.GetValue(at) is { } text)
            {
                var zone = ZoneTime.Find(ballotEvent.TimeZone) ?? TimeZoneInfo.Utc;
                if (!DateTime.TryParseExact(text, "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
                {
                    context.Fail($"--at '{text}' is not a local time like 2020-03-30 09:00");
                    return ExitCodes.BadInput;
                }

                var due = new DateTimeOffset(ZoneTime.ToUtc(local, zone), TimeSpan.Zero);
                if (due >= ballotEvent.Timetable.Close)
                {
                    context.Fail($"--at '{text}' is not before the event's close");
                    return ExitCodes.BadInput;
                }

                var round = reminders.ScheduleAsync(ballotEvent, due, CliAudit.Actor).GetAwaiter().GetResult();
                context.Out.WriteLine(FormattableString.Invariant($"Reminder round {round.Round} of {ballotEvent.Code} scheduled for {text} ({ballotEvent.TimeZone})."));
                return ExitCodes.Success;
            }

            var result = reminders.RemindNowAsync(ballotEvent, CliAudit.Actor).GetAwaiter().GetResult();
            if (!result.Succeeded)
            {
                context.Fail(result.Refused!);
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(FormattableString.Invariant($"Reminder round {result.Round} of {ballotEvent.Code}: {result.Queued} reminders queued (send with 'omov mail send')."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static (Option<string> Page, Option<string> ReissuePage, Option<string?> Help) AddressOptions() =>
    (
        new Option<string>("--voting-page") { Description = "The voting page's address; a code's link is PAGE/CODE.", HelpName = "URL", DefaultValueFactory = _ => "https://vote.example.org/vote" },
        new Option<string>("--reissue-page") { Description = "The self-service reissue page's address, linked from reminders.", HelpName = "URL", DefaultValueFactory = _ => "https://vote.example.org/Reissue" },
        new Option<string?>("--help-contact") { Description = "How members get help, named in the emails.", HelpName = "TEXT" }
    );

    private static ReissueSettings? Settings(CliContext context, ParseResult parsed, Option<string> page, Option<string> reissuePage, Option<string?> help)
    {
        if (!Uri.TryCreate(parsed.GetValue(page), UriKind.Absolute, out var votingPage))
        {
            context.Fail($"--voting-page '{parsed.GetValue(page)}' is not an absolute address");
            return null;
        }

        if (!Uri.TryCreate(parsed.GetValue(reissuePage), UriKind.Absolute, out var reissue))
        {
            context.Fail($"--reissue-page '{parsed.GetValue(reissuePage)}' is not an absolute address");
            return null;
        }

        return new ReissueSettings { VotingPage = votingPage, ReissuePage = reissue, HelpContact = parsed.GetValue(help) ?? BallotMessages.DefaultHelp };
    }

    private static bool TryChannel(CliContext context, string? text, out ReissueChannel? channel)
    {
        channel = text switch
        {
            null => null,
            "email" => ReissueChannel.Email,
            "post" => ReissueChannel.Post,
            _ => (ReissueChannel?)(-1),
        };
        if (channel is { } c && !Enum.IsDefined(c))
        {
            context.Fail($"--channel '{text}' is not email or post");
            return false;
        }

        return true;
    }

    private static BallotEvent? Find(CliContext context, OmovDatabase database, string code)
    {
        var found = database.BallotEvents.GetAsync(code).GetAwaiter().GetResult();
        if (found is null)
        {
            context.Fail($"no ballot event has the code '{code}' (see 'omov event list')");
        }

        return found;
    }
}
