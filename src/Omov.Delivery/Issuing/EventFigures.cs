using Omov.Data;
using Omov.Data.Outbox;

namespace Omov.Delivery.Issuing;

/// <summary>
/// An event's live delivery figures: ballots issued by channel, what became of its emails (first
/// ballots and reissues), codes reissued and turnout. Never anything about how anyone voted.
/// </summary>
public sealed record EventFigures
{
    /// <summary>Members holding a ballot.</summary>
    public required long Issued { get; init; }

    /// <summary>Of those, whose code went by email.</summary>
    public required long ByEmail { get; init; }

    /// <summary>Of those, whose code went by postal pack.</summary>
    public required long PostalPacks { get; init; }

    /// <summary>The event's emails by status: waiting (queued, sending, deferred), sent (accepted by the mail server), bounced, failed.</summary>
    public required OutboxCounts Emails { get; init; }

    /// <summary>Codes replaced by a reissue.</summary>
    public required long Reissued { get; init; }

    /// <summary>Members who have voted, by either channel (turnout).</summary>
    public required long Voted { get; init; }

    /// <summary>Reads them now.</summary>
    public static async Task<EventFigures> ReadAsync(OmovDatabase database, Guid eventId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var issued = await database.Issuing.CountIssuedAsync(eventId, cancellationToken).ConfigureAwait(false);
        var emails = await database.EmailOutbox.CountAsync(BallotMessages.BatchId(eventId), cancellationToken).ConfigureAwait(false);
        var turnout = await database.Votes.ReadTurnoutAsync(eventId, cancellationToken).ConfigureAwait(false);
        return new EventFigures
        {
            Issued = issued.Total,
            ByEmail = issued.ByEmail,
            PostalPacks = issued.ByPost,
            Emails = emails,
            Reissued = turnout.CodesReissued,
            Voted = turnout.Voted,
        };
    }
}
