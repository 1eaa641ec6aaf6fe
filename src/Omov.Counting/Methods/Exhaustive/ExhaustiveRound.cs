namespace Omov.Counting.Methods.Exhaustive;

/// <summary>
/// The figures of one round of an exhaustive ballot as the tellers declare them (a show of hands
/// or a paper round): votes for every candidate in ballot order, excluded candidates at zero.
/// </summary>
/// <param name="Votes">Votes per candidate, one entry per candidate in ballot order.</param>
/// <param name="Blank">Papers (or hands) for nobody: recorded, not part of the votes cast.</param>
/// <param name="LotExcluded">
/// When the round's lowest candidates tie and the tie rule leaves it to lot, the candidate the
/// lot drawn in the room excluded (0-based); null otherwise.
/// </param>
public sealed record ExhaustiveRound(IReadOnlyList<long> Votes, long Blank = 0, int? LotExcluded = null);
