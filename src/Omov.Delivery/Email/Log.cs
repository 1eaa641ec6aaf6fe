using Microsoft.Extensions.Logging;

namespace Omov.Delivery.Email;

/// <summary>The email sender's log messages. They name outbox ids and SMTP replies, never an address or content.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Sender {SenderId} claimed {Count} messages")]
    public static partial void Claimed(ILogger logger, string senderId, int count);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Information, Message = "Outbox message {OutboxId} deferred (attempt {Attempt}): {Response}")]
    public static partial void Deferred(ILogger logger, long outboxId, int attempt, string response);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Information, Message = "Outbox message {OutboxId} bounced: {Response}")]
    public static partial void Bounced(ILogger logger, long outboxId, string response);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Warning, Message = "Outbox message {OutboxId} failed: {Reason}")]
    public static partial void Failed(ILogger logger, long outboxId, string reason);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "SMTP server {Host}:{Port} unavailable: {Reason}")]
    public static partial void ServerUnavailable(ILogger logger, string host, int port, string reason);

    [LoggerMessage(EventId = 5006, Level = LogLevel.Warning, Message = "Sender {SenderId}: {Count} outcomes not recorded, the claim had passed to another sender")]
    public static partial void LeaseLost(ILogger logger, string senderId, int count);
}
