using Omov.Elections.Nominations;

namespace Omov.Data.Nominations;

/// <summary>One candidate on the tracker: their standing nominations by kind, and whether they meet the thresholds.</summary>
/// <param name="Candidate">The candidate.</param>
/// <param name="Tally">Their nominations counted by kind.</param>
/// <param name="Outcome">The thresholds' outcome, explained.</param>
public sealed record TrackerRow(NominationCandidate Candidate, CandidateTally Tally, RequirementOutcome Outcome)
{
    /// <summary>Whether the candidate has qualified for the ballot.</summary>
    public bool Qualified => Outcome.Met;
}
