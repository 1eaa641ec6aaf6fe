using System.CommandLine;
using System.Globalization;
using Omov.Counting.Methods;
using Spectre.Console;

namespace Omov.Cli.Commands;

/// <summary><c>omov methods</c>: lists the counting methods <c>omov count --method</c> accepts.</summary>
internal static class MethodsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("methods", "List the counting methods, with their decimal places and what they are.");
        command.SetAction(_ =>
        {
            if (CountingMethods.All.Count == 0)
            {
                context.Out.WriteLine("No counting methods are built in.");
                return ExitCodes.Success;
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(context.Out),
                Ansi = context.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
                ColorSystem = context.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            if (!context.Interactive)
            {
                // Not a terminal: a fixed width keeps the listing the same wherever it is piped.
                console.Profile.Width = 120;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumn("Method").AddColumn("Decimals").AddColumn("Description");
            foreach (var method in CountingMethods.All)
            {
                table.AddRow(
                    Markup.Escape(method.Name),
                    method.Decimals.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(method.Description + (method.Name == CountCommand.DefaultMethod ? " (the default)" : string.Empty)));
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
