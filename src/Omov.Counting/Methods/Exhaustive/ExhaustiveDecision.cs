namespace Omov.Counting.Methods.Exhaustive;

/// <summary>How the nominee of an exhaustive ballot was decided.</summary>
public enum ExhaustiveDecision
{
    /// <summary>More than half of the votes cast in the last round.</summary>
    Majority,

    /// <summary>The only candidate left after the last two tied and one was excluded (by look-back or lot).</summary>
    LastRemaining,
}
