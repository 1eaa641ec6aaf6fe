namespace Omov.Data.Meetings;

/// <summary>One round as the minutes record it.</summary>
/// <param name="Number">1-based.</param>
/// <param name="Figures">Every candidate's votes, in statement order.</param>
/// <param name="Cast">Votes cast for candidates (the majority is measured against these).</param>
/// <param name="Blank">Blank papers or abstaining hands recorded (exhaustive ballot), or papers exhausted so far (AV).</param>
/// <param name="MajorityNeeded">floor(cast ÷ 2) + 1.</param>
/// <param name="Winner">Who won at this round, if anyone.</param>
/// <param name="Excluded">Who was excluded after it, if anyone.</param>
/// <param name="ExcludedBecause">Why them: <c>lowest</c>, <c>look-back to round N</c> or <c>lot</c>.</param>
public sealed record MinutesRound(int Number, IReadOnlyList<MinutesFigure> Figures, long Cast, long Blank, long MajorityNeeded, string? Winner, string? Excluded, string? ExcludedBecause);
