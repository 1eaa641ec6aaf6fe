using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Omov.Data.Outbox;

namespace Omov.Delivery.Email;

public sealed partial class EmailSender
{
    private SmtpClient? _client;

    private async Task<SendSummary> SendBatchAsync(IReadOnlyList<ClaimedMessage> batch, CancellationToken cancellationToken)
    {
        var summary = new SendSummary();
        var pending = new List<OutboxOutcome>(_options.MarkEvery);
        var next = 0;
        string? unavailable = null;
        try
        {
            for (; next < batch.Count; next++)
            {
                var message = batch[next];
                // Stop using the claim well before it lapses, so that no other sender can have
                // taken a message while this one is still sending it.
                if (cancellationToken.IsCancellationRequested || _time.GetUtcNow() > message.LeaseUntil - (_options.Lease / 5))
                {
                    break;
                }

                if (_bucket is not null)
                {
                    await _bucket.TakeAsync(cancellationToken).ConfigureAwait(false);
                }

                var (outcome, serverProblem) = await SendOneAsync(message).ConfigureAwait(false);
                if (outcome is null)
                {
                    // The server is unusable before this message was tried: give it back with the rest.
                    unavailable = serverProblem;
                    break;
                }

                summary = Count(summary, outcome.Status);
                pending.Add(outcome);
                if (pending.Count >= _options.MarkEvery)
                {
                    await MarkAsync(pending).ConfigureAwait(false);
                }

                if (serverProblem is not null)
                {
                    // The connection failed while this message was in flight: it is deferred; the rest go back.
                    unavailable = serverProblem;
                    next++;
                    break;
                }
            }
        }
        finally
        {
            // Whatever stopped the loop (an exception included), record what is known and give
            // back what was never tried, so nothing waits for the lease to lapse.
            await MarkAsync(pending).ConfigureAwait(false);
            var untried = batch.Skip(next).Select(m => m.Id).ToList();
            if (untried.Count > 0)
            {
                await _outbox.ReleaseAsync(_options.SenderId, untried, CancellationToken.None).ConfigureAwait(false);
                summary = summary with { Released = summary.Released + untried.Count };
            }
        }

        if (unavailable is not null)
        {
            Log.ServerUnavailable(_logger, _smtp.Host, _smtp.Port, unavailable);
            await DisconnectAsync().ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
        return summary with { ServerUnavailable = unavailable };
    }

    /// <summary>
    /// Sends one message. Returns its outcome, and a server problem when the connection is no
    /// longer usable; no outcome when the server could not be used before the message was tried.
    /// </summary>
    private async Task<(OutboxOutcome? Outcome, string? ServerProblem)> SendOneAsync(ClaimedMessage message)
    {
        if (message.Attempts > _options.MaxAttempts)
        {
            // Claimed again after its sender stopped, too often: a message that keeps stopping senders.
            return (Give(message, OutboxStatus.Failed, $"gave up after {message.Attempts - 1} attempts"), null);
        }

        var built = _factory.Build(message);
        if (built.Message is null)
        {
            return (Give(message, built.Outcome!.Value, built.Reason), null);
        }

        using var mime = built.Message;

        try
        {
            await ConnectAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (IsServerProblem(ex))
        {
            return (null, Describe(ex));
        }

        try
        {
            // Not cancellable: a send is finished (or times out) rather than cut off mid-DATA,
            // where the server might take the message without our knowing.
            var response = await _client!.SendAsync(mime, CancellationToken.None).ConfigureAwait(false);
            return (Give(message, OutboxStatus.Sent, "250 " + Scrub(response, message.Recipient)), null);
        }
        catch (SmtpCommandException ex) when (ex.ErrorCode == SmtpErrorCode.SenderNotAccepted)
        {
            // Refusing the sender refuses every message: a server problem, not this member's.
            return (null, $"{(int)ex.StatusCode} sender refused: {Scrub(ex.Message, message.Recipient)}");
        }
        catch (SmtpCommandException ex)
        {
            var reply = $"{(int)ex.StatusCode} {Scrub(ex.Message, message.Recipient)}";
            return (int)ex.StatusCode >= 500
                ? (Give(message, OutboxStatus.Bounced, reply), null)
                : (Defer(message, reply), null);
        }
        catch (Exception ex) when (IsServerProblem(ex))
        {
            // In flight when the connection failed: the server may or may not have taken it.
            // Deferred, it is sent again later with the same Message-ID (docs/email-delivery.md).
            var problem = Describe(ex);
            return (Defer(message, "connection failed during the send: " + problem), problem);
        }
    }

    private OutboxOutcome Defer(ClaimedMessage message, string reply)
    {
        if (message.Attempts >= _options.MaxAttempts)
        {
            return Give(message, OutboxStatus.Failed, $"gave up after {message.Attempts} attempts; last: {reply}");
        }

        Log.Deferred(_logger, message.Id, message.Attempts, reply);
        return new OutboxOutcome(message.Id, OutboxStatus.Deferred, reply, _time.GetUtcNow() + _options.RetryDelay(message.Attempts));
    }

    private OutboxOutcome Give(ClaimedMessage message, OutboxStatus status, string? reason)
    {
        if (status == OutboxStatus.Bounced)
        {
            Log.Bounced(_logger, message.Id, reason ?? string.Empty);
        }
        else if (status == OutboxStatus.Failed)
        {
            Log.Failed(_logger, message.Id, reason ?? string.Empty);
        }

        return new OutboxOutcome(message.Id, status, reason);
    }

    private async Task MarkAsync(List<OutboxOutcome> pending)
    {
        if (pending.Count == 0)
        {
            return;
        }

        // Never cancelled: an outcome the server has given must reach the outbox.
        var changed = await _outbox.MarkAsync(_options.SenderId, pending, CancellationToken.None).ConfigureAwait(false);
        if (changed < pending.Count)
        {
            Log.LeaseLost(_logger, _options.SenderId, pending.Count - changed);
        }

        pending.Clear();
    }

    private async Task ConnectAsync()
    {
        if (_client is { IsConnected: true })
        {
            return;
        }

        _client?.Dispose();
        _client = new SmtpClient { Timeout = (int)_smtp.Timeout.TotalMilliseconds };
        var security = _smtp.Security switch
        {
            SmtpSecurity.None => SecureSocketOptions.None,
            SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
            SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await _client.ConnectAsync(_smtp.Host, _smtp.Port, security).ConfigureAwait(false);
        if (_smtp.UserName is not null)
        {
            await _client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? string.Empty).ConfigureAwait(false);
        }
    }

    private async Task DisconnectAsync()
    {
        if (_client is null)
        {
            return;
        }

        try
        {
            if (_client.IsConnected)
            {
                await _client.DisconnectAsync(quit: true).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (IsServerProblem(ex))
        {
            // Already gone: nothing to close.
        }

        _client.Dispose();
        _client = null;
    }

    private static SendSummary Count(SendSummary summary, OutboxStatus status) => status switch
    {
        OutboxStatus.Sent => summary with { Sent = summary.Sent + 1 },
        OutboxStatus.Deferred => summary with { Deferred = summary.Deferred + 1 },
        OutboxStatus.Bounced => summary with { Bounced = summary.Bounced + 1 },
        _ => summary with { Failed = summary.Failed + 1 },
    };

    private static bool IsServerProblem(Exception ex) => ex is IOException or SocketException or SmtpProtocolException or ServiceNotConnectedException
        or AuthenticationException or SslHandshakeException or TimeoutException or SmtpCommandException or OperationCanceledException;

    private static string Describe(Exception ex) => ex switch
    {
        SmtpCommandException command => $"{(int)command.StatusCode} {command.Message}",
        AuthenticationException => "the server refused the login",
        _ => ex.Message.ReplaceLineEndings(" "),
    };

    // Servers often repeat the address in a reply ("<ann@example.org>: Recipient address
    // rejected"); the outbox keeps the reply without it.
    private static string Scrub(string reply, string recipient) =>
        reply.ReplaceLineEndings(" ").Replace(recipient, "recipient", StringComparison.OrdinalIgnoreCase).Trim();
}
