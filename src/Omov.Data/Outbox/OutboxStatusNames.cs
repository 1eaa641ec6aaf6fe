namespace Omov.Data.Outbox;

/// <summary>The lowercase names the outbox table stores for each <see cref="OutboxStatus"/>.</summary>
public static class OutboxStatusNames
{
    public static string Of(OutboxStatus status) => status switch
    {
        OutboxStatus.Queued => "queued",
        OutboxStatus.Sending => "sending",
        OutboxStatus.Sent => "sent",
        OutboxStatus.Deferred => "deferred",
        OutboxStatus.Bounced => "bounced",
        OutboxStatus.Failed => "failed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static OutboxStatus Parse(string name) => name switch
    {
        "queued" => OutboxStatus.Queued,
        "sending" => OutboxStatus.Sending,
        "sent" => OutboxStatus.Sent,
        "deferred" => OutboxStatus.Deferred,
        "bounced" => OutboxStatus.Bounced,
        "failed" => OutboxStatus.Failed,
        _ => throw new FormatException($"unknown outbox status '{name}'"),
    };

    /// <summary>Whether a message in <paramref name="status"/> will never be tried again.</summary>
    public static bool IsFinal(OutboxStatus status) => status is OutboxStatus.Sent or OutboxStatus.Bounced or OutboxStatus.Failed;
}
