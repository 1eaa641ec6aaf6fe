using System.CommandLine;
using Omov.Elections.Rulebooks;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov rulebook list|show|check</c>: the ready-made rulebooks, and checking a rulebook
/// written as JSON before it decides who may vote.
/// </summary>
internal static class RulebookCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("rulebook", "Eligibility rulebooks: list the presets, print one as JSON, check a JSON file.");
        command.Subcommands.Add(List(context));
        command.Subcommands.Add(Show(context));
        command.Subcommands.Add(Check(context));
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List the preset rulebooks (Labour's elections and a generic one).");
        command.SetAction(_ =>
        {
            var width = Presets.All.Max(p => p.Rulebook.Id.Length);
            foreach (var preset in Presets.All)
            {
                context.Out.WriteLine($"{preset.Rulebook.Id.PadRight(width)}  {preset.Name}: {preset.Description}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var name = new Argument<string>("PRESET") { Description = "A preset's id (or name), as 'omov rulebook list' shows it." };
        var command = new Command("show", "Print a preset rulebook as JSON, to edit and load as a file.") { name };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetValue(name) ?? string.Empty;
            var preset = Presets.Find(wanted);
            if (preset is null)
            {
                context.Fail($"no preset rulebook is called '{wanted}' (see 'omov rulebook list')");
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine(RulebookJson.Serialize(preset.Rulebook));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A rulebook in JSON." };
        var command = new Command("check", "Check a rulebook file: every problem is named by its JSON path and line.") { file };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file) ?? string.Empty;
            var shown = Path.GetFileName(path);
            if (!File.Exists(path))
            {
                context.Fail($"{shown}: file not found");
                return ExitCodes.BadInput;
            }

            var result = RulebookJson.Load(File.ReadAllText(path));
            if (!result.Success)
            {
                var more = result.Errors.Count > 1 ? $" (and {result.Errors.Count - 1} more problem(s))" : string.Empty;
                context.Fail($"{shown}: {result.Errors[0]}{more}");
                return ExitCodes.BadInput;
            }

            var rulebook = result.Rulebook;
            context.Out.WriteLine($"OK: {rulebook.Title} ({rulebook.Id} version {rulebook.Version}), {rulebook.Rules.Count} rule(s), times in {rulebook.TimeZone}");
            return ExitCodes.Success;
        });
        return command;
    }
}
