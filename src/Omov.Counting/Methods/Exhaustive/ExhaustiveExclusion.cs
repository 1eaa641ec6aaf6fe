namespace Omov.Counting.Methods.Exhaustive;

/// <summary>Why a round's excluded candidate was the one excluded.</summary>
public enum ExhaustiveExclusion
{
    /// <summary>Fewest votes, alone.</summary>
    Lowest,

    /// <summary>Tied for fewest; fewer votes in an earlier round.</summary>
    LookBack,

    /// <summary>Tied for fewest; excluded by the lot drawn in the room.</summary>
    Lot,
}
