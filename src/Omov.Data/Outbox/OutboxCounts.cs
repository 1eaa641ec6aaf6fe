namespace Omov.Data.Outbox;

/// <summary>How many messages are in each status: the live figures.</summary>
public sealed record OutboxCounts(long Queued, long Sending, long Sent, long Deferred, long Bounced, long Failed)
{
    public long Total => Queued + Sending + Sent + Deferred + Bounced + Failed;

    /// <summary>Messages still to go: queued, sending or deferred.</summary>
    public long Pending => Queued + Sending + Deferred;

    public long this[OutboxStatus status] => status switch
    {
        OutboxStatus.Queued => Queued,
        OutboxStatus.Sending => Sending,
        OutboxStatus.Sent => Sent,
        OutboxStatus.Deferred => Deferred,
        OutboxStatus.Bounced => Bounced,
        OutboxStatus.Failed => Failed,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
