namespace Omov.Delivery.Reissue;

/// <summary>A reminder round queued (or not): its number, how many reminders were added to the outbox, and why not when refused.</summary>
public sealed record ReminderRoundResult(int Round, long Queued, string? Refused)
{
    /// <summary>Whether the round was queued.</summary>
    public bool Succeeded => Refused is null;
}
