namespace Omov.Data.Meetings;

/// <summary>One contest of a meeting as it stands: the statement order, the rounds so far, and the nominee once decided.</summary>
/// <param name="Index">The contest's position in the meeting.</param>
/// <param name="Name">What the nomination is for.</param>
/// <param name="StatementOrder">The candidates in the order their statements were read.</param>
/// <param name="Method"><c>exhaustive</c> or <c>av</c>.</param>
/// <param name="State"><c>awaiting-round</c>, <c>awaiting-lot</c>, <c>decided</c> or <c>invalid</c>.</param>
/// <param name="Rounds">The rounds counted.</param>
/// <param name="Continuing">The candidates who stand in the next round (awaiting-round).</param>
/// <param name="TiedForLot">The candidates between whom a lot must be drawn (awaiting-lot).</param>
/// <param name="Nominee">The nominee once decided.</param>
/// <param name="Decision">How: <c>majority</c>, <c>last-remaining</c> or <c>av</c>.</param>
/// <param name="Problem">What is wrong with the stored figures (invalid; should not happen, as figures are checked before they are stored).</param>
public sealed record MinutesContest(
    int Index,
    string Name,
    IReadOnlyList<string> StatementOrder,
    string Method,
    string State,
    IReadOnlyList<MinutesRound> Rounds,
    IReadOnlyList<string> Continuing,
    IReadOnlyList<string> TiedForLot,
    string? Nominee,
    string? Decision,
    string? Problem);
