namespace Omov.Elections.Nominations;

/// <summary>Ready-made thresholds, with a sentence on what they are for.</summary>
/// <param name="Name">A short name for a list.</param>
/// <param name="Description">What they require, in a sentence or two.</param>
/// <param name="Thresholds">The thresholds; <see cref="NominationThresholds.Source"/> cites the rules reference.</param>
public sealed record ThresholdPreset(string Name, string Description, NominationThresholds Thresholds);
