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

            string Name(ICountingMethod method) => method.Name + (method.Name == CountCommand.DefaultMethod ? " (default)" : string.Empty);
            if (!context.Interactive)
            {
                // Piped or captured: plain aligned lines, no box drawing or padding to trim.
                var width = CountingMethods.All.Max(m => Name(m).Length);
                foreach (var method in CountingMethods.All)
                {
                    context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{Name(method).PadRight(width)}  {method.Decimals} dp  {method.Description}"));
                }

                return ExitCodes.Success;
            }

            var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
            var table = new Table().Border(TableBorder.Simple).AddColumn("Method").AddColumn("Decimals").AddColumn("Description");
            foreach (var method in CountingMethods.All)
            {
                table.AddRow(Markup.Escape(Name(method)), method.Decimals.ToString(CultureInfo.InvariantCulture), Markup.Escape(method.Description));
            }

            console.Write(table);
            return ExitCodes.Success;
        });
        return command;
    }
}
