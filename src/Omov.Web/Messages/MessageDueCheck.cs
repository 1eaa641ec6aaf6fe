using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omov.Delivery.Messages;

namespace Omov.Web.Messages;

/// <summary>
/// Queues scheduled messages when their time comes, every <see cref="OmovWebOptions.MessageDueInterval"/>.
/// Any number of web nodes may run it: each message is claimed by one (see <see cref="MessageService.SendDueAsync"/>).
/// </summary>
internal sealed partial class MessageDueCheck(MessageService messages, OmovWebOptions options, ILogger<MessageDueCheck> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.MessageDueInterval <= TimeSpan.Zero)
        {
            return;
        }

        // The interval is wall-clock polling; whether a message is due is decided by the app's clock.
        using var timer = new PeriodicTimer(options.MessageDueInterval);
        do
        {
            try
            {
                var queued = await messages.SendDueAsync(stoppingToken).ConfigureAwait(false);
                if (queued > 0)
                {
                    Queued(logger, queued);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // A database outage must not stop the check for good: try again next time.
                Failed(logger, ex.GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Queued {Count} scheduled messages")]
    private static partial void Queued(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "The scheduled message check failed with {ExceptionType}")]
    private static partial void Failed(ILogger logger, string exceptionType);
}
