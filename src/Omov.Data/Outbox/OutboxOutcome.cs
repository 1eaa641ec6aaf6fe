namespace Omov.Data.Outbox;

/// <summary>
/// What became of one claimed message. <paramref name="Response"/> is the SMTP reply (code and
/// text) or a short reason, never the recipient's address. <paramref name="NextAttemptAt"/> is
/// needed for <see cref="OutboxStatus.Deferred"/> only.
/// </summary>
public sealed record OutboxOutcome(long Id, OutboxStatus Status, string? Response, DateTimeOffset? NextAttemptAt = null);
