using Omov.Counting.Methods.Exhaustive;

namespace Omov.Data.Meetings;

/// <summary>A round as stored: its figures, or for a preferential count the tallied papers, with who entered it and when.</summary>
/// <param name="ContestIndex">The contest's position in the meeting.</param>
/// <param name="Number">1-based round number.</param>
/// <param name="Round">The exhaustive-ballot figures (null for a preferential count).</param>
/// <param name="Papers">The preferential papers as entered (null for an exhaustive round).</param>
/// <param name="EnteredBy">The audit actor.</param>
/// <param name="EnteredAt">When.</param>
public sealed record StoredRound(int ContestIndex, int Number, ExhaustiveRound? Round, string? Papers, string EnteredBy, DateTimeOffset EnteredAt);
