using System.CommandLine;
using System.Globalization;
using Omov.Data;
using Omov.Data.Delegates;
using Omov.Elections.Delegates;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov delegates entitlement|count|credentials</c>: conference delegates (docs/delegates.md) — how
/// many each local party may send, the count of a party's delegate election, the credentials list.
/// </summary>
internal static class DelegatesCommand
{
    public static Command Create(CliContext context) => new("delegates", "Conference delegates: entitlement per local party, delegate elections, credentials.")
    {
        Entitlement(context),
        DelegateElectionCommand.Create(context),
        Credentials(context),
    };

    internal static Option<string> RulesOption() => new("--rules")
    {
        Description = "The delegate rules: 'labour' (the 2022 preset) or a JSON file.",
        HelpName = "PRESET|FILE",
        DefaultValueFactory = _ => "labour",
    };

    internal static Option<int?> YearOption(string description) => new("--year") { Description = description, HelpName = "YEAR" };

    private static Command Entitlement(CliContext context)
    {
        var on = new Option<string>("--on") { Description = "Count members on this date (Labour: 31 December of the year before conference).", HelpName = "YYYY-MM-DD", Required = true };
        var year = YearOption("The conference year (default: the year after --on if it is 31 December, else the year of --on).");
        var csv = new Option<bool>("--csv") { Description = "Write the table as CSV instead of text." };
        var rules = RulesOption();
        var db = DatabaseOption.Create();
        var command = new Command("entitlement", "Count each local party's members on a date and work out its delegates, line by line; the table is stored and audited.") { on, year, csv, rules, db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            if (!DateOnly.TryParseExact(parsed.GetValue(on), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                context.Fail($"--on: '{parsed.GetValue(on)}' is not a date (YYYY-MM-DD)");
                return ExitCodes.BadInput;
            }

            if (LoadRules(context, parsed.GetValue(rules)!) is not { } delegateRules)
            {
                return ExitCodes.BadInput;
            }

            int conference = parsed.GetValue(year) ?? (date is { Month: 12, Day: 31 } ? date.Year + 1 : date.Year);
            if (ServiceOutcome.Value(context, new DelegateService(database).CalculateAsync(delegateRules, date, conference, CliAudit.Actor).GetAwaiter().GetResult()) is not { } snapshot)
            {
                return ExitCodes.BadInput;
            }

            if (parsed.GetValue(csv))
            {
                EntitlementCsv.Write(context.Out, snapshot.Parties);
            }
            else
            {
                WriteText(context.Out, snapshot);
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Credentials(CliContext context)
    {
        var year = YearOption("The conference year.");
        year.Required = true;
        var db = DatabaseOption.Create();
        var command = new Command("credentials", "Write the elected delegates of every local party as CSV, for conference credentials.") { year, db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            int conference = parsed.GetValue(year)!.Value;
            var elections = database.Delegates.ListElectionsAsync(conference).GetAwaiter().GetResult();
            CredentialsCsv.Write(context.Out, conference, elections.Select(e => (e.LocalPartyCode, e.Elected)));
            CliAudit.Record(context, database, Omov.Elections.Audit.AuditActions.MembersExported, "delegates:" + conference.ToString(CultureInfo.InvariantCulture),
                new Dictionary<string, string> { ["delegates"] = elections.Sum(e => e.Elected.Count).ToString(CultureInfo.InvariantCulture) });
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>The preset named, or a JSON file; null after one line on stderr.</summary>
    internal static DelegateRules? LoadRules(CliContext context, string presetOrFile)
    {
        if (DelegatePresets.Find(presetOrFile) is { } preset)
        {
            return preset;
        }

        if (!File.Exists(presetOrFile))
        {
            context.Fail($"--rules: '{presetOrFile}' is neither a preset ('labour') nor a file");
            return null;
        }

        var loaded = DelegateRulesJson.Load(File.ReadAllText(presetOrFile));
        if (!loaded.Success)
        {
            context.Fail($"{Path.GetFileName(presetOrFile)}: {loaded.Errors[0]}" + (loaded.Errors.Count > 1 ? $" (and {loaded.Errors.Count - 1} more problem(s))" : string.Empty));
            return null;
        }

        return loaded.Rules;
    }

    private static void WriteText(TextWriter output, EntitlementSnapshot snapshot)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Conference {snapshot.Year}: members counted on {snapshot.CountDate:yyyy-MM-dd} under {snapshot.RulesId} v{snapshot.RulesVersion} (table {snapshot.Id})."));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"Local party",-24} {"Members",8} {"Women",7} {"Young",6} {"Ord.",5} {"+W",3} {"+Y",3} {"Total",6} {"Women≥",7}"));
        foreach (var e in snapshot.Parties)
        {
            string name = e.Party.Code.Length > 24 ? e.Party.Code[..24] : e.Party.Code;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-24} {e.Party.Members,8:N0} {e.Party.Women,7:N0} {e.Party.Young,6:N0} {e.Ordinary,5} {e.WomenExtra,3} {e.YouthExtra,3} {e.Total,6} {e.WomenNeeded,7}"));
            output.WriteLine("    " + e.Explanation);
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{snapshot.Parties.Count:N0} local parties, {snapshot.Parties.Sum(p => p.Total):N0} delegates in all."));
    }
}
