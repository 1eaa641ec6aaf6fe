using Omov.Delivery.Email;
using Spectre.Console;

namespace Omov.Cli.Output;

/// <summary>A progress bar on stderr while the outbox is sent, shown only to a person at a terminal.</summary>
internal static class SendProgressBar
{
    public static SendSummary Run(CliContext context, long due, Func<IProgress<SendSummary>?, Task<SendSummary>> work)
    {
        if (!context.Interactive || due == 0)
        {
            return work(null).GetAwaiter().GetResult();
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Error) });
        return console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Sending", maxValue: due);
                var result = work(new Reporter(task)).GetAwaiter().GetResult();
                task.Value = task.MaxValue;
                return result;
            });
    }

    /// <summary>Moves the bar after each batch (Spectre's tasks are thread-safe).</summary>
    private sealed class Reporter(ProgressTask task) : IProgress<SendSummary>
    {
        public void Report(SendSummary value)
        {
            task.Value = Math.Min(task.MaxValue, value.Handled);
            task.Description = $"Sending: {value.Sent:N0} sent, {value.Deferred:N0} deferred, {value.Bounced:N0} bounced";
        }
    }
}
