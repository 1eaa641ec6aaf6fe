using Omov.Elections.Rulebooks;

namespace Omov.Elections.Nominations;

/// <summary>
/// What a candidate needs to get onto the ballot of one contest, and what each body may do:
/// versioned data, stored and exchanged as JSON (<see cref="NominationThresholdsJson"/>).
/// </summary>
/// <param name="Id">A stable identifier, e.g. <c>labour-leader-2020-nominations</c>.</param>
/// <param name="Version">The version; any change is a new version.</param>
/// <param name="Title">A title for people.</param>
/// <param name="Requirement">The condition on a candidate's nominations.</param>
/// <param name="Rounding">How percentages become whole numbers of nominations.</param>
/// <param name="CandidateMonths">Months of continuous membership a candidate needs by the close of nominations (0: none).</param>
/// <param name="CandidateRules">Further rulebook rules the candidate's own member record must pass (e.g. not an affiliated supporter).</param>
/// <param name="NominationsPerBody">How many candidates one body may nominate in the contest (Leader: 1; NEC CLP section 2018: up to 9).</param>
/// <param name="Source">Where the thresholds come from.</param>
public sealed record NominationThresholds(
    string Id,
    int Version,
    string Title,
    Requirement Requirement,
    ThresholdRounding Rounding = ThresholdRounding.Up,
    int CandidateMonths = 0,
    IReadOnlyList<Rule>? CandidateRules = null,
    int NominationsPerBody = 1,
    string? Source = null);
