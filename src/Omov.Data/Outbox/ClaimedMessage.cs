namespace Omov.Data.Outbox;

/// <summary>A message a sender has claimed: everything needed to build and send it.</summary>
public sealed record ClaimedMessage
{
    public required long Id { get; init; }

    /// <summary>The stable local part of the Message-ID header: the same on every attempt.</summary>
    public required string MessageId { get; init; }

    public required string Kind { get; init; }

    public string? BatchId { get; init; }

    public string? MemberNumber { get; init; }

    public required string Recipient { get; init; }

    public required string Language { get; init; }

    public string? Template { get; init; }

    public IReadOnlyDictionary<string, MergeValue>? MergeValues { get; init; }

    public string? Subject { get; init; }

    public string? TextBody { get; init; }

    public string? HtmlBody { get; init; }

    /// <summary>Attempts so far, counting this one.</summary>
    public required int Attempts { get; init; }

    /// <summary>When the claim lapses and another sender may take the message.</summary>
    public required DateTimeOffset LeaseUntil { get; init; }
}
