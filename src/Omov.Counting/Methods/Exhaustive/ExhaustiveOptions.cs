namespace Omov.Counting.Methods.Exhaustive;

/// <summary>The settings of an exhaustive ballot.</summary>
/// <param name="TieRule">How ties for lowest are settled.</param>
/// <param name="MaxVotesPerRound">
/// The most votes and blanks one round may hold (the voters admitted to the room), or null for no
/// limit: a round declared with more is refused as a miscount.
/// </param>
public sealed record ExhaustiveOptions(ExhaustiveTieRule TieRule = ExhaustiveTieRule.Lot, long? MaxVotesPerRound = null);
