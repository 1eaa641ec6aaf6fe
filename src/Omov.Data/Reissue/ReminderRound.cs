namespace Omov.Data.Reissue;

/// <summary>A reminder round of an event: when it is due, and when (and to how many) it was queued.</summary>
public sealed record ReminderRound(Guid EventId, int Round, DateTimeOffset DueAt, DateTimeOffset? QueuedAt, long? Queued);
