using Spectre.Console;

namespace Omov.Cli.Output;

/// <summary>
/// A spinner on stderr while a big file is read or counted, so a person at a terminal knows
/// it is working; nothing at all when output is redirected or the file is small.
/// </summary>
internal static class Progress
{
    /// <summary>Files at least this big (bytes) get a spinner.</summary>
    public const long BigFile = 8L * 1024 * 1024;

    public static T Run<T>(CliContext context, bool big, string status, Func<T> work)
    {
        if (!context.Interactive || !big)
        {
            return work();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Status().Start(status, _ => work());
    }
}
