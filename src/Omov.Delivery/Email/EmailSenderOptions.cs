namespace Omov.Delivery.Email;

/// <summary>How an <see cref="EmailSender"/> paces and retries.</summary>
public sealed record EmailSenderOptions
{
    /// <summary>Messages claimed at a time.</summary>
    public int BatchSize { get; init; } = 100;

    /// <summary>The most messages sent per second (a token bucket holding one second's worth); null for no limit.</summary>
    public double? MessagesPerSecond { get; init; }

    /// <summary>Attempts before a message that keeps being deferred is given up as failed.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>The wait after the first deferral; doubled after each later one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// How long a claim holds. A sender stops using a claim a safety margin before it lapses,
    /// so keep it well above the time a batch takes at the configured rate.
    /// </summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Outcomes recorded per database write. 1 (the default) records each message as soon as the
    /// server has answered, so a crash can leave at most one message sent but not recorded;
    /// more trades that window for fewer writes (see docs/email-delivery.md).
    /// </summary>
    public int MarkEvery { get; init; } = 1;

    /// <summary>The longest wait between looks at the outbox when nothing is due (<see cref="EmailSender.RunAsync"/>).</summary>
    public TimeSpan IdleDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait before trying a server that could not be reached again (<see cref="EmailSender.RunAsync"/>).</summary>
    public TimeSpan MaxOutageDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>This sender's name in the outbox's leases; unique per process by default.</summary>
    public string SenderId { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>The wait before attempt <paramref name="attempt"/> + 1 after attempt <paramref name="attempt"/> (from 1) was deferred.</summary>
    public TimeSpan RetryDelay(int attempt)
    {
        var delay = FirstRetryDelay.TotalSeconds * Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        return TimeSpan.FromSeconds(Math.Min(delay, MaxRetryDelay.TotalSeconds));
    }
}
