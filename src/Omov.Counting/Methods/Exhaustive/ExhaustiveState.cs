namespace Omov.Counting.Methods.Exhaustive;

/// <summary>Where an exhaustive ballot stands after the rounds entered so far.</summary>
public enum ExhaustiveState
{
    /// <summary>No one has won yet: the continuing candidates go to another round.</summary>
    AwaitingRound,

    /// <summary>The last round's lowest candidates tie and a lot must be drawn and recorded on that round.</summary>
    AwaitingLot,

    /// <summary>A nominee is known.</summary>
    Decided,

    /// <summary>A round's figures cannot be right; <see cref="ExhaustiveCount.Problem"/> says which and why.</summary>
    Invalid,
}
