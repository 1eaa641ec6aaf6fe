namespace Omov.Delivery.Email;

/// <summary>
/// What a run of the sender did. <see cref="ServerUnavailable"/> holds why the SMTP server could
/// not be used (no connection, refused login, refused sender); the messages not tried are back
/// in the outbox, due again.
/// </summary>
public sealed record SendSummary
{
    public int Batches { get; init; }

    public int Sent { get; init; }

    public int Deferred { get; init; }

    public int Bounced { get; init; }

    public int Failed { get; init; }

    /// <summary>Claimed but given back untried (a stop, an outage, a lease running short).</summary>
    public int Released { get; init; }

    public string? ServerUnavailable { get; init; }

    /// <summary>Messages given an outcome.</summary>
    public int Handled => Sent + Deferred + Bounced + Failed;

    public SendSummary Add(SendSummary other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new SendSummary
        {
            Batches = Batches + other.Batches,
            Sent = Sent + other.Sent,
            Deferred = Deferred + other.Deferred,
            Bounced = Bounced + other.Bounced,
            Failed = Failed + other.Failed,
            Released = Released + other.Released,
            ServerUnavailable = other.ServerUnavailable ?? ServerUnavailable,
        };
    }
}
