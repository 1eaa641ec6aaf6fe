namespace Omov.Elections.Events;

/// <summary>The outcome of asking for a status move: the moved event, or why not.</summary>
public sealed record StatusChange
{
    /// <summary>The event after the move; null when refused.</summary>
    public BallotEvent? Event { get; init; }

    /// <summary>Why the move was refused, in plain English; null when it was made.</summary>
    public IReadOnlyList<string> Refusals { get; init; } = [];

    /// <summary>Whether the move was made.</summary>
    public bool Moved => Event is not null;
}
