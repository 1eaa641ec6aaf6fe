using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Omov.Web.Reminders;

/// <summary>
/// Queues reminder rounds when they fall due (<c>omov event remind EVENT --at TIME</c>, or the
/// staff page's schedule). Several servers may run it: a round's emails are keyed, so a round
/// queued twice reminds nobody twice.
/// </summary>
internal sealed partial class ReminderScheduler(Omov.Delivery.Reissue.Reminders reminders, OmovWebOptions options, ILogger<ReminderScheduler> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.ReminderPollInterval, options.Time);
        do
        {
            try
            {
                foreach (var round in await reminders.QueueDueAsync(stoppingToken))
                {
                    LogRound(logger, round.Round, round.Queued, round.Refused ?? "queued");
                }
            }
            catch (Exception ex) when (ex is DbException or TimeoutException or InvalidOperationException)
            {
                LogFailed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reminder round {Round}: {Queued} reminders ({Outcome})")]
    private static partial void LogRound(ILogger logger, int round, long queued, string outcome);

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not queue due reminder rounds ({Error}); trying again at the next tick")]
    private static partial void LogFailed(ILogger logger, string error);
}
