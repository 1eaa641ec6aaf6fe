namespace Omov.Counting.Methods.Exhaustive;

/// <summary>The state of an exhaustive ballot after the rounds entered so far.</summary>
public sealed class ExhaustiveCount
{
    /// <summary>Where the ballot stands.</summary>
    public required ExhaustiveState State { get; init; }

    /// <summary>The rounds counted (up to, not including, any round with a problem).</summary>
    public required IReadOnlyList<ExhaustiveRoundResult> Rounds { get; init; }

    /// <summary>The candidates who stand in the next round (for <see cref="ExhaustiveState.AwaitingRound"/>).</summary>
    public required IReadOnlyList<int> Continuing { get; init; }

    /// <summary>The candidates between whom a lot must be drawn (for <see cref="ExhaustiveState.AwaitingLot"/>).</summary>
    public IReadOnlyList<int> TiedForLot { get; init; } = [];

    /// <summary>The nominee, once <see cref="ExhaustiveState.Decided"/>.</summary>
    public int? Winner { get; init; }

    /// <summary>How the nominee was decided.</summary>
    public ExhaustiveDecision? Decision { get; init; }

    /// <summary>What is wrong with the figures, naming the round and the candidate (for <see cref="ExhaustiveState.Invalid"/>).</summary>
    public string? Problem { get; init; }

    /// <summary>The 1-based round the problem is in.</summary>
    public int? ProblemRound { get; init; }
}
