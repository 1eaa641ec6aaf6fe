using Omov.Elections.Rulebooks;

namespace Omov.Elections.Messages;

/// <summary>
/// A notice or message to a segment of the register. The segment is kept both as the officer
/// built it and as the rulebook it was resolved to when composed (a contest's rulebook is copied
/// in then, so later edits to the contest do not change who a message went to).
/// </summary>
public sealed record BulkMessage
{
    public required Guid Id { get; init; }

    /// <summary>The subject line, with merge fields.</summary>
    public required string Subject { get; init; }

    /// <summary>The body in Markdown, with merge fields such as <c>{{first_name}}</c>.</summary>
    public required string Body { get; init; }

    public required MessageKind Kind { get; init; }

    public required Segment Segment { get; init; }

    /// <summary>The rulebook that selects the recipients.</summary>
    public required Rulebook Rules { get; init; }

    /// <summary>The segment in words.</summary>
    public required string Description { get; init; }

    /// <summary>The one local party every recipient belongs to, when the segment lies within one (local officers see only their own party's messages).</summary>
    public string? LocalPartyCode { get; init; }

    public required MessageStatus Status { get; init; }

    /// <summary>Who composed it (an audit actor: <c>staff:NAME</c> or <c>cli:USER</c>).</summary>
    public required string CreatedBy { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it is (or was) due to be queued, in UTC.</summary>
    public DateTimeOffset? SendAt { get; init; }

    /// <summary>When every message was in the outbox.</summary>
    public DateTimeOffset? QueuedAt { get; init; }

    /// <summary>Figures from queueing: messages queued, members with no usable email, members skipped as unsubscribed.</summary>
    public MessageFigures? Figures { get; init; }

    /// <summary>The outbox batch its messages carry.</summary>
    public string BatchId => "message:" + Id.ToString("N");

    /// <summary>The outbox idempotency key of the message to one member: the same member is never queued twice.</summary>
    public string KeyFor(string membershipNumber) => BatchId + ":" + membershipNumber;
}
