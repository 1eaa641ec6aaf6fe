namespace Omov.Delivery.Post;

/// <summary>
/// What every pack of one ballot event in one language shares: the event, its contests and the
/// return arrangements. Packs hold a reference to one of these, so thousands of packs share it.
/// </summary>
public sealed record PostalBallot
{
    /// <summary>The event's title (e.g. "Labour Party Leadership and Deputy Leadership Elections 2026").</summary>
    public required string EventTitle { get; init; }

    /// <summary>The close, already written out in the pack's language and the organisation's zone ("12 noon on Thursday 2 April 2026").</summary>
    public required string CloseText { get; init; }

    /// <summary>Every contest the event has; a pack lists the ones its member may vote in.</summary>
    public required IReadOnlyList<PostalContest> Contests { get; init; }

    /// <summary>Where completed papers go (the returning officer's freepost address), one line each.</summary>
    public required IReadOnlyList<string> ReturnAddressLines { get; init; }

    /// <summary>Who is sending the pack, printed small above the window address ("If undelivered please return to …").</summary>
    public string? SenderLine { get; init; }

    /// <summary>How to get help (phone, email), printed in the letter and on the return statement.</summary>
    public string? HelpText { get; init; }

    /// <summary>Extra return instructions for this event, printed after the fixed ones.</summary>
    public string? ExtraReturnInstructions { get; init; }
}
