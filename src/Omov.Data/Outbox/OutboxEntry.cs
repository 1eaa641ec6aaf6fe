namespace Omov.Data.Outbox;

/// <summary>The delivery state of one message, without its content.</summary>
public sealed record OutboxEntry
{
    public required string IdempotencyKey { get; init; }

    public required string MessageId { get; init; }

    public required string Kind { get; init; }

    public string? BatchId { get; init; }

    public string? MemberNumber { get; init; }

    public required OutboxStatus Status { get; init; }

    public required int Attempts { get; init; }

    public required DateTimeOffset NextAttemptAt { get; init; }

    public string? LastResponse { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    /// <summary>Whether the content (template values or rendered text) is still stored: erased at a final status.</summary>
    public required bool HasContent { get; init; }
}
