using System.CommandLine;
using System.Data.Common;
using System.Globalization;
using Omov.Data;
using Omov.Data.Rolls;
using Omov.Data.Services;
using Omov.Elections.Rulebooks;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov contest add|list|show|rulebook</c>: the contests stored in the database, each with the
/// rulebook that decides who may vote in it (every change kept and audited).
/// </summary>
internal static class ContestCommand
{
    public static Command Create(CliContext context) => new("contest", "Contests: add one with its rulebook, list them, show one with its rolls and rulebook history, change its rulebook.")
    {
        Add(context),
        List(context),
        Show(context),
        Rulebook(context),
    };

    private static Option<string> RulebookOption() => new("--rulebook", "-r")
    {
        Description = "A preset's id (see 'omov rulebook list') or a rulebook JSON file; unit codes are checked against the stored organisation.",
        HelpName = "PRESET|FILE",
        Required = true,
    };

    private static Command Add(CliContext context)
    {
        var code = new Option<string>("--code") { Description = "A unique short code (letters, digits, '-', '_', '.'), written into every roll's header.", HelpName = "CODE", Required = true };
        var title = new Option<string>("--title") { Description = "A title for people.", HelpName = "TITLE", Required = true };
        var rulebook = RulebookOption();
        var db = DatabaseOption.Create();
        var command = new Command("add", "Add a contest with the rulebook that decides who may vote in it.") { code, title, rulebook, db };
        command.SetAction(parsed => WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var contests = new ContestService(database);
            if (LoadRulebook(context, contests, parsed.GetValue(rulebook)!) is not { } rules)
            {
                return ExitCodes.BadInput;
            }

            if (ServiceOutcome.Value(context, contests.AddAsync(parsed.GetValue(code)!, parsed.GetValue(title)!, rules, CliAudit.Actor).GetAwaiter().GetResult()) is not { } contest)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine($"Added {contest.Code} ({contest.Title}) under {contest.RulebookId} version {contest.RulebookVersion}, rulebook digest {contest.RulebookDigest}.");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var db = DatabaseOption.Create();
        var command = new Command("list", "List the contests: code, rulebook, and where the roll stands.") { db };
        command.SetAction(parsed => WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var contests = database.Contests.ListAsync().GetAwaiter().GetResult();
            if (contests.Count == 0)
            {
                context.Out.WriteLine("No contests yet: add one with 'omov contest add --code C --title T --rulebook PRESET|FILE'.");
                return ExitCodes.Success;
            }

            var width = contests.Max(c => c.Code.Length);
            foreach (var contest in contests)
            {
                var latest = database.Rolls.GetLatestAsync(contest.Id).GetAwaiter().GetResult();
                var roll = latest is null ? "no roll" : string.Create(CultureInfo.InvariantCulture, $"roll {Status(latest.Status)} ({latest.EntryCount} voters, {latest.Digest[..12]})");
                context.Out.WriteLine($"{contest.Code.PadRight(width)}  {contest.Title}  [{contest.RulebookId} v{contest.RulebookVersion}]  {roll}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Show(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The contest's code." };
        var db = DatabaseOption.Create();
        var command = new Command("show", "Show a contest: its rulebook, the history of its rulebooks, and its rolls.") { code, db };
        command.SetAction(parsed => WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            if (ServiceOutcome.Value(context, new ContestService(database).GetAsync(parsed.GetValue(code)!).GetAwaiter().GetResult()) is not { } contest)
            {
                return ExitCodes.BadInput;
            }

            var output = context.Out;
            output.WriteLine($"{contest.Code}: {contest.Title}");
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  rulebook   {contest.RulebookId} version {contest.RulebookVersion}, revision {contest.Revision}, digest {contest.RulebookDigest}"));
            output.WriteLine($"  created    {Time(contest.CreatedAt)}; changed {Time(contest.UpdatedAt)}");
            output.WriteLine("Rulebook history:");
            foreach (var revision in database.Contests.HistoryAsync(contest.Id).GetAwaiter().GetResult())
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {revision.Revision}  {Time(revision.ChangedAt)}  {revision.ChangedBy}  {revision.RulebookDigest}"));
            }

            var rolls = database.Rolls.ListAsync(contest.Id).GetAwaiter().GetResult();
            output.WriteLine(rolls.Count == 0 ? "Rolls: none frozen yet." : "Rolls (newest first):");
            foreach (var roll in rolls)
            {
                var approval = roll.Status == RollStatus.Approved ? $", approved by {roll.ApprovedBy} at {Time(roll.ApprovedAt!.Value)}" : string.Empty;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {Status(roll.Status),-10}  {roll.Digest}  {roll.EntryCount} voters, frozen {Time(roll.FrozenAt)} by {roll.FrozenBy} (rulebook revision {roll.ContestRevision}){approval}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Rulebook(CliContext context)
    {
        var code = new Argument<string>("CODE") { Description = "The contest's code." };
        var rulebook = RulebookOption();
        var db = DatabaseOption.Create();
        var command = new Command("rulebook", "Change a contest's rulebook (refused once its roll is approved); the old one stays in the history.") { code, rulebook, db };
        command.SetAction(parsed => WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            var contests = new ContestService(database);
            if (LoadRulebook(context, contests, parsed.GetValue(rulebook)!) is not { } rules)
            {
                return ExitCodes.BadInput;
            }

            if (ServiceOutcome.Value(context, contests.UpdateRulebookAsync(parsed.GetValue(code)!, rules, CliAudit.Actor).GetAwaiter().GetResult()) is not { } contest)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{contest.Code} now uses {contest.RulebookId} version {contest.RulebookVersion} (revision {contest.Revision}), rulebook digest {contest.RulebookDigest}."));
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Opens the database and runs <paramref name="action"/>; a database failure is one line and exit 1.</summary>
    internal static int WithDatabase(CliContext context, string connection, Func<OmovDatabase, int> action)
    {
        using var database = DatabaseOption.Open(context, connection);
        if (database is null)
        {
            return ExitCodes.BadInput;
        }

        try
        {
            return action(database);
        }
        catch (Exception ex) when (ex is DbException or TimeoutException)
        {
            context.Fail($"the database failed: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>A preset by id or name, or a JSON file checked against the stored organisation.</summary>
    private static Rulebook? LoadRulebook(CliContext context, ContestService contests, string nameOrFile)
    {
        if (Presets.Find(nameOrFile) is { } preset)
        {
            return preset.Rulebook;
        }

        if (!File.Exists(nameOrFile))
        {
            context.Fail($"--rulebook: '{nameOrFile}' is neither a preset (see 'omov rulebook list') nor a file");
            return null;
        }

        var parsed = contests.ParseRulebookAsync(File.ReadAllText(nameOrFile)).GetAwaiter().GetResult();
        if (!parsed.Success)
        {
            context.Fail($"{Path.GetFileName(nameOrFile)}: {parsed.Error}");
            return null;
        }

        return parsed.Value;
    }

    internal static string Status(RollStatus status) => status switch
    {
        RollStatus.Frozen => "frozen",
        RollStatus.Approved => "approved",
        RollStatus.Superseded => "superseded",
        _ => status.ToString(),
    };

    internal static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
}
