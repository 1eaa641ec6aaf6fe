namespace Omov.Elections.Messages;

/// <summary>Where a bulk message is: a status only moves forward (draft → scheduled → sending → queued; or cancelled before sending).</summary>
public enum MessageStatus
{
    /// <summary>Composed, not yet sent or scheduled.</summary>
    Draft,

    /// <summary>To be queued at its send time by the due check.</summary>
    Scheduled,

    /// <summary>Being put into the email outbox (a crash here is resumed: the outbox skips what is already queued).</summary>
    Sending,

    /// <summary>Every recipient's message is in the email outbox (final).</summary>
    Queued,

    /// <summary>Withdrawn before it was sent (final).</summary>
    Cancelled,
}
