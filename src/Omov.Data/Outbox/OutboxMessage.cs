namespace Omov.Data.Outbox;

/// <summary>
/// One message to queue for one member. Its content is either a template with merge values
/// (rendered when sent) or a rendered subject, text and optional HTML. The idempotency key makes
/// queueing safe to repeat: a second message with the same key is not queued again.
/// </summary>
public sealed record OutboxMessage
{
    /// <summary>Unique per message for good, e.g. <c>ballot:EVENT:MEMBER</c> or <c>reminder:EVENT:MEMBER:2</c>.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>What sort of message: ballot, reissue, reminder, notice, bulk…</summary>
    public required string Kind { get; init; }

    /// <summary>Groups messages sent together (an issue run, a reminder wave), for figures.</summary>
    public string? BatchId { get; init; }

    public string? MemberNumber { get; init; }

    /// <summary>The recipient's email address.</summary>
    public required string Recipient { get; init; }

    /// <summary>A language tag (<c>en</c>, <c>cy</c>); templates fall back to English.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The template's name, when the message is templated.</summary>
    public string? Template { get; init; }

    public IReadOnlyDictionary<string, MergeValue>? MergeValues { get; init; }

    /// <summary>The rendered subject, when the message is not templated.</summary>
    public string? Subject { get; init; }

    public string? TextBody { get; init; }

    public string? HtmlBody { get; init; }

    /// <summary>
    /// The event in which the member's vote withdraws this message (a reminder): if
    /// <see cref="MemberNumber"/> has voted there by the time a sender claims it, it is not sent.
    /// </summary>
    public Guid? CancelIfVotedIn { get; init; }

    /// <summary>Throws when the message lacks a key, a recipient or any content (a programmer error).</summary>
    public void Validate()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(Recipient);
        ArgumentException.ThrowIfNullOrWhiteSpace(Language);
        if (CancelIfVotedIn is not null && string.IsNullOrWhiteSpace(MemberNumber))
        {
            throw new ArgumentException($"message {IdempotencyKey} is withdrawn when its member votes, so it needs the member's number");
        }

        if (Template is null && (Subject is null || TextBody is null))
        {
            throw new ArgumentException($"message {IdempotencyKey} needs a template or a subject and text body");
        }
    }
}
