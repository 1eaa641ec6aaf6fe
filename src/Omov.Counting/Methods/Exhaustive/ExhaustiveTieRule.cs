namespace Omov.Counting.Methods.Exhaustive;

/// <summary>How a tie for lowest in an exhaustive ballot is settled; fixed before the first round.</summary>
public enum ExhaustiveTieRule
{
    /// <summary>By lot drawn in the room; the round records whom the lot excluded.</summary>
    Lot,

    /// <summary>
    /// The tied candidate with fewer votes in the most recent earlier round in which they differed
    /// goes; if they were level in every round (or it is the first), by lot as for <see cref="Lot"/>.
    /// </summary>
    LookBackThenLot,
}
