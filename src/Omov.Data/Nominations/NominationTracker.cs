using Omov.Elections.Nominations;

namespace Omov.Data.Nominations;

/// <summary>Where a contest's nominations stand: public (names of candidates and counts, no member data).</summary>
/// <param name="Period">The period and thresholds.</param>
/// <param name="Totals">What the percentages are of.</param>
/// <param name="Explanation">The thresholds in words.</param>
/// <param name="Rows">Each candidate, in the order they were added.</param>
/// <param name="Nominations">Every standing nomination, in the order recorded.</param>
public sealed record NominationTracker(NominationPeriod Period, NominatingTotals Totals, string Explanation, IReadOnlyList<TrackerRow> Rows, IReadOnlyList<Nomination> Nominations);
