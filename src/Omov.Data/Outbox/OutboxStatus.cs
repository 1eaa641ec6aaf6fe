namespace Omov.Data.Outbox;

/// <summary>Where one outbox message is on its way to the member.</summary>
public enum OutboxStatus
{
    /// <summary>Waiting for its first attempt.</summary>
    Queued,

    /// <summary>Claimed by a sender under a lease; being sent now (or the sender stopped: see docs/email-delivery.md).</summary>
    Sending,

    /// <summary>The SMTP server accepted it (final).</summary>
    Sent,

    /// <summary>A temporary failure (4xx or no connection); tried again at its next attempt time.</summary>
    Deferred,

    /// <summary>The SMTP server refused it for good (5xx): the member should be offered another way (final).</summary>
    Bounced,

    /// <summary>Given up: too many attempts, or it could not be built (final).</summary>
    Failed,
}
