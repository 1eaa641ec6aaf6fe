using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Omov.Data.Outbox;
using Omov.Delivery.Email.Templates;

namespace Omov.Delivery.Email;

/// <summary>
/// Sends the outbox over SMTP (MailKit), one connection per sender, in claimed batches at a
/// configured rate. Any number of senders, in one process or many, can share an outbox. How a
/// crash or an outage loses nothing and sends nothing twice, and the one remaining window, is in
/// <c>docs/email-delivery.md</c>.
/// <para>
/// <see cref="RunOnceAsync"/> handles one batch; <see cref="RunUntilEmptyAsync"/> drains what is
/// due (<c>omov mail send</c>); <see cref="RunAsync"/> runs until stopped, for a hosted service's
/// <c>ExecuteAsync</c>. An instance is for one caller at a time.
/// </para>
/// </summary>
public sealed partial class EmailSender : IAsyncDisposable
{
    private readonly EmailOutboxRepository _outbox;
    private readonly SmtpSettings _smtp;
    private readonly EmailSenderOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly MessageFactory _factory;
    private readonly TokenBucket? _bucket;

    public EmailSender(EmailOutboxRepository outbox, SmtpSettings smtp, EmailSenderOptions options, TemplateSet? templates = null, TimeProvider? time = null, ILogger<EmailSender>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(smtp);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxAttempts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MarkEvery);
        _outbox = outbox;
        _smtp = smtp;
        _options = options;
        _time = time ?? TimeProvider.System;
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _factory = new MessageFactory(smtp, templates ?? TemplateSet.BuiltIn, _time);
        _bucket = options.MessagesPerSecond is { } rate ? new TokenBucket(rate, _time) : null;
    }

    /// <summary>This sender's name in the outbox's leases.</summary>
    public string SenderId => _options.SenderId;

    /// <summary>
    /// Claims one batch and sends it. Returns what happened (an empty summary when nothing was
    /// due). On a stop request, finishes the message in hand, records every outcome, gives back
    /// the rest, and then throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public async Task<SendSummary> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var batch = await _outbox.ClaimAsync(_options.SenderId, _options.BatchSize, _options.Lease, cancellationToken).ConfigureAwait(false);
        if (batch.Count == 0)
        {
            return new SendSummary();
        }

        Log.Claimed(_logger, _options.SenderId, batch.Count);
        var summary = await SendBatchAsync(batch, cancellationToken).ConfigureAwait(false);
        return summary with { Batches = 1 };
    }

    /// <summary>
    /// Sends batches until nothing is due now (deferred messages due later are left for a later
    /// run) or the server cannot be reached; reports the running totals after each batch.
    /// </summary>
    public async Task<SendSummary> RunUntilEmptyAsync(IProgress<SendSummary>? progress = null, CancellationToken cancellationToken = default)
    {
        var total = new SendSummary();
        while (true)
        {
            var once = await RunOnceAsync(cancellationToken).ConfigureAwait(false);
            total = total.Add(once);
            if (once.Batches > 0)
            {
                progress?.Report(total);
            }

            if (once.Batches == 0 || once.ServerUnavailable is not null)
            {
                return total;
            }
        }
    }

    /// <summary>
    /// Sends until <paramref name="cancellationToken"/> is cancelled: when nothing is due, waits
    /// until the next message is (at most <see cref="EmailSenderOptions.IdleDelay"/>); when the
    /// server is unavailable, waits longer each time (up to <see cref="EmailSenderOptions.MaxOutageDelay"/>).
    /// Returns normally when stopped.
    /// </summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var outageDelay = TimeSpan.FromSeconds(1);
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var once = await RunOnceAsync(cancellationToken).ConfigureAwait(false);
                TimeSpan wait;
                if (once.ServerUnavailable is not null)
                {
                    wait = outageDelay;
                    outageDelay = TimeSpan.FromTicks(Math.Min(outageDelay.Ticks * 2, _options.MaxOutageDelay.Ticks));
                }
                else if (once.Batches == 0)
                {
                    outageDelay = TimeSpan.FromSeconds(1);
                    var next = await _outbox.NextDueAsync(cancellationToken).ConfigureAwait(false);
                    var untilDue = next is { } at ? at - _time.GetUtcNow() : _options.IdleDelay;
                    wait = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue > _options.IdleDelay ? _options.IdleDelay : untilDue;
                }
                else
                {
                    outageDelay = TimeSpan.FromSeconds(1);
                    continue;
                }

                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopped: every claimed message was recorded or given back before this.
        }
    }

    public async ValueTask DisposeAsync() => await DisconnectAsync().ConfigureAwait(false);
}
