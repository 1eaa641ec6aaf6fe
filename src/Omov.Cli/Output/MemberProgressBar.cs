using Spectre.Console;

namespace Omov.Cli.Output;

/// <summary>A progress bar on stderr while the register is read member by member, shown only to a person at a terminal.</summary>
internal static class MemberProgressBar
{
    public static T Run<T>(CliContext context, string title, long members, Func<IProgress<long>?, Task<T>> work)
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
                var task = progress.AddTask(Markup.Escape(title), maxValue: Math.Max(1, members));
                var result = work(new Reporter(task)).GetAwaiter().GetResult();
                task.Value = task.MaxValue;
                return result;
            });
    }

    private sealed class Reporter(ProgressTask task) : IProgress<long>
    {
        public void Report(long value) => task.Value = Math.Min(value, task.MaxValue);
    }
}
