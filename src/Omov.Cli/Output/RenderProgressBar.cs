using Spectre.Console;

namespace Omov.Cli.Output;

/// <summary>A progress bar on stderr counting packs (or any items) as they are done, shown only to a person at a terminal.</summary>
internal static class RenderProgressBar
{
    public static T Run<T>(CliContext context, int total, string title, Func<IProgress<int>?, Task<T>> work)
    {
        if (!context.Interactive)
        {
            return work(null).GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask(Markup.Escape(title), maxValue: Math.Max(1, total));
                var result = work(new Reporter(task)).GetAwaiter().GetResult();
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Adds each report to the bar (reports come from several rendering threads; Spectre's tasks are thread-safe).</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Increment(value);
    }
}
