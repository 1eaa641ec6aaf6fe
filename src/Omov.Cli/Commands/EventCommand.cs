using System.CommandLine;
using System.Globalization;
using Omov.Counting;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Rulebooks;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov event presets|create|list|show|issue|move|figures</c>: ballot events — several contests on one ballot,
/// one timetable, a status that only moves forward.
/// </summary>
internal static class EventCommand
{
    public static Command Create(CliContext context) => new("event", "Ballot events: contests voted on together, with one timetable.")
    {
        PresetsCommand(context),
        CreateCommand(context),
        ListCommand(context),
        ShowCommand(context),
        EventIssueCommands.Issue(context),
        EventIssueCommands.Move(context),
        EventIssueCommands.Figures(context),
        EventOpenCommand.Create(context),
        EventReissueCommands.Reissue(context),
        EventReissueCommands.Remind(context),
    };

    private static Command PresetsCommand(CliContext context)
    {
        var command = new Command("presets", "List the ready-made ballot events (Labour's 2020 timetables).");
        command.SetAction(_ =>
        {
            foreach (var preset in EventPresets.All)
            {
                context.Out.WriteLine($"{preset.Code}  {preset.Title}: {string.Join(", ", preset.Contests.Select(c => $"{c.Title} ({c.Method})"))}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command CreateCommand(CliContext context)
    {
        var preset = new Option<string>("--preset", "-p") { Description = "The preset to start from (see 'omov event presets').", HelpName = "PRESET", Required = true };
        var code = new Option<string?>("--code") { Description = "The new event's code (default: the preset's).", HelpName = "CODE" };
        var title = new Option<string?>("--title") { Description = "The new event's title (default: the preset's).", HelpName = "TITLE" };
        var db = DatabaseOption.Create();
        var command = new Command("create", "Create a draft ballot event from a preset. Exit codes: 0 created, 2 bad input (unknown preset, taken or malformed code), 1 anything else.")
        {
            preset, code, title, db,
        };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetValue(preset)!;
            if (EventPresets.Find(wanted) is not { } template)
            {
                context.Fail($"no preset ballot event is called '{wanted}' (see 'omov event presets')");
                return ExitCodes.BadInput;
            }

            var ballotEvent = template with
            {
                Id = Guid.NewGuid(),
                Code = parsed.GetValue(code) ?? template.Code,
                Title = parsed.GetValue(title) ?? template.Title,
            };
            if (BallotEventValidator.DraftProblems(ballotEvent) is [var problem, ..])
            {
                context.Fail(problem);
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            if (!database.BallotEvents.AddAsync(ballotEvent).GetAwaiter().GetResult())
            {
                context.Fail($"a ballot event with the code '{ballotEvent.Code}' already exists (choose another with --code)");
                return ExitCodes.BadInput;
            }

            if (!CliAudit.Record(context, database, AuditActions.EventCreated, ballotEvent.Code, new Dictionary<string, string>(StringComparer.Ordinal) { ["preset"] = template.Code, ["contests"] = ballotEvent.Contests.Count.ToString(CultureInfo.InvariantCulture) }))
            {
                return ExitCodes.Failure;
            }

            context.Out.WriteLine($"Created draft event {ballotEvent.Code}: {ballotEvent.Title}, {ballotEvent.Contests.Count} contest(s).");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ListCommand(CliContext context)
    {
        var db = DatabaseOption.Create();
        var command = new Command("list", "List the ballot events, latest close first.") { db };
        command.SetAction(parsed =>
        {
            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            foreach (var e in database.BallotEvents.ListAsync().GetAwaiter().GetResult())
            {
                context.Out.WriteLine($"{e.Code}  {BallotEventLifecycle.Name(e.Status)}  closes {Local(e, e.Timetable.Close)}  {e.Title}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command ShowCommand(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The event's code." };
        var db = DatabaseOption.Create();
        var command = new Command("show", "Show an event: its timetable in the organisation's time, contests, candidates, and what still stops it being scheduled.") { code, db };
        command.SetAction(parsed =>
        {
            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var wanted = parsed.GetValue(code)!;
            if (database.BallotEvents.GetAsync(wanted).GetAwaiter().GetResult() is not { } e)
            {
                context.Fail($"no ballot event has the code '{wanted}' (see 'omov event list')");
                return ExitCodes.BadInput;
            }

            Write(context.Out, e);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void Write(TextWriter output, BallotEvent e)
    {
        var t = e.Timetable;
        output.WriteLine($"{e.Title} ({e.Code}), {BallotEventLifecycle.Name(e.Status)}");
        output.WriteLine($"Times in {e.TimeZone}:");
        output.WriteLine($"  roll freeze            {Local(e, t.RollFreeze)}");
        output.WriteLine($"  ballot opens           {Local(e, t.BallotOpens)}");
        output.WriteLine($"  reissues open          {Local(e, t.ReissueOpens)}");
        output.WriteLine($"  postal reissues close  {Local(e, t.PostalReissueCloses)}");
        output.WriteLine($"  email reissues close   {Local(e, t.EmailReissueCloses)}");
        output.WriteLine($"  close                  {Local(e, t.Close)}");
        foreach (var contest in e.Contests)
        {
            var limits = contest.Limits.Count == 0 ? "" : ", " + string.Join(", ", contest.Limits.Select(l => $"{(l.Kind == GroupLimitKind.Minimum ? "at least" : "at most")} {l.Count} {l.Group}"));
            output.WriteLine($"{contest.Title} ({contest.Code}): {contest.Method}, {contest.Seats} seat(s){limits}; roll of {contest.RollContest}");
            foreach (var candidate in contest.Candidates)
            {
                output.WriteLine($"  {candidate.Number}. {candidate.Name}{(candidate.Groups.Count > 0 ? " [" + string.Join(", ", candidate.Groups) + "]" : "")}");
            }
        }

        var problems = BallotEventValidator.Problems(e);
        output.WriteLine(problems.Count == 0 ? "Ready to schedule once every roll is approved." : "Before it can be scheduled:");
        foreach (var problem in problems)
        {
            output.WriteLine("  - " + problem);
        }
    }

    private static string Local(BallotEvent e, DateTimeOffset instant)
    {
        var zone = ZoneTime.Find(e.TimeZone) ?? TimeZoneInfo.Utc;
        return ZoneTime.ToLocal(instant, zone).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture);
    }
}
