using Omov.Data.Register;
using Spectre.Console;

namespace Omov.Cli.Output;

/// <summary>A progress bar on stderr while a file is imported, shown only to a person at a terminal.</summary>
internal static class ImportProgressBar
{
    public static T Run<T>(CliContext context, string title, Func<IProgress<ImportProgress>?, Task<T>> work)
    {
        if (!context.Interactive)
        {
            return work(null).GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: 1);
                var result = work(new Reporter(task)).GetAwaiter().GetResult();
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Moves the bar straight from the importer's thread (Spectre's tasks are thread-safe).</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            if (value.TotalBytes > 0)
            {
                task.MaxValue = value.TotalBytes;
                task.Value = value.BytesRead;
            }
        }
    }
}
