using System.CommandLine;
using System.Globalization;
using Omov.Data.Services;
using Omov.Elections.Nominations;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov nominations thresholds|open|candidate|body|record|withdraw|tracker|send</c>: supporting
/// nominations (docs/nominations.md). Every change is audited; a refused nomination is audited too.
/// </summary>
internal static partial class NominationsCommand
{
    private static readonly string[] s_localFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd"];

    public static Command Create(CliContext context) => new("nominations", "Supporting nominations: thresholds, nomination periods, candidates, nominating bodies, recording nominations and the tracker.")
    {
        Thresholds(context),
        Open(context),
        Candidate(context),
        Body(context),
        Record(context),
        Withdraw(context),
        Tracker(context),
        Send(context),
    };

    private static Command Thresholds(CliContext context)
    {
        var which = new Argument<string?>("PRESET|FILE") { Description = "A preset's id to print as JSON, or a thresholds JSON file to check; none lists the presets.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("thresholds", "List the threshold presets, print one as JSON, or check a thresholds file (errors name their JSON path).") { which };
        command.SetAction(parsed =>
        {
            var name = parsed.GetValue(which);
            if (name is null)
            {
                foreach (var preset in ThresholdPresets.All)
                {
                    context.Out.WriteLine($"{preset.Thresholds.Id}  {preset.Name}: {preset.Description}");
                }

                return ExitCodes.Success;
            }

            if (LoadThresholds(context, name, "PRESET|FILE") is not { } thresholds)
            {
                return ExitCodes.BadInput;
            }

            if (ThresholdPresets.Find(name) is not null)
            {
                context.Out.WriteLine(NominationThresholdsJson.Serialize(thresholds));
            }
            else
            {
                context.Out.WriteLine($"{Path.GetFileName(name)}: valid, {thresholds.Id} version {thresholds.Version}.");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Tracker(CliContext context)
    {
        var contest = new Argument<string>("CONTEST") { Description = "The contest's code." };
        var db = DatabaseOption.Create();
        var command = new Command("tracker", "Show each candidate's nominations by kind of body and whether they have qualified.") { contest, db };
        command.SetAction(parsed => ContestCommand.WithDatabase(context, parsed.GetValue(db)!, database =>
        {
            if (ServiceOutcome.Value(context, new NominationService(database).TrackerAsync(parsed.GetValue(contest)!).GetAwaiter().GetResult()) is not { } tracker)
            {
                return ExitCodes.BadInput;
            }

            var output = context.Out;
            var period = tracker.Period;
            output.WriteLine($"{period.ContestCode}: nominations from {NominationChecks.Local(period.OpensAt, period.TimeZone)} until {NominationChecks.Local(period.ClosesAt, period.TimeZone)}.");
            output.WriteLine(tracker.Explanation);
            var totals = tracker.Totals;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Of {totals.ElectedMembers} MPs/MEPs, {totals.LocalParties} local parties, {totals.AffiliatedMembership:N0} affiliated members:"));
            foreach (var row in tracker.Rows)
            {
                var t = row.Tally;
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {row.Candidate.Code,-16} {(row.Qualified ? "QUALIFIED" : "not yet  ")}  MPs/MEPs {t.ElectedMembers}, local parties {t.LocalParties}, affiliates {t.Affiliates} ({t.Unions} unions, {t.AffiliatedMembership:N0} members)"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>A preset by id or name, or a JSON file, validated; null after one line on stderr.</summary>
    private static NominationThresholds? LoadThresholds(CliContext context, string nameOrFile, string option)
    {
        if (ThresholdPresets.Find(nameOrFile) is { } preset)
        {
            return preset.Thresholds;
        }

        if (!File.Exists(nameOrFile))
        {
            context.Fail($"{option}: '{nameOrFile}' is neither a preset (see 'omov nominations thresholds') nor a file");
            return null;
        }

        var loaded = NominationThresholdsJson.Load(File.ReadAllText(nameOrFile));
        if (!loaded.Success)
        {
            var more = loaded.Errors.Count > 1 ? $" (and {loaded.Errors.Count - 1} more problem(s))" : string.Empty;
            context.Fail($"{Path.GetFileName(nameOrFile)}: {loaded.Errors[0]}{more}");
            return null;
        }

        return loaded.Thresholds;
    }

    private static DateTime? LocalTime(CliContext context, string text, string option)
    {
        if (DateTime.TryParseExact(text, s_localFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return local;
        }

        context.Fail($"{option}: '{text}' is not a local time (yyyy-MM-ddTHH:mm, or yyyy-MM-dd for midnight)");
        return null;
    }
}
