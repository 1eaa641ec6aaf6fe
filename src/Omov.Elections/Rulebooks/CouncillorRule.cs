namespace Omov.Elections.Rulebooks;

/// <summary>The member is a serving councillor (or directly elected mayor, or PCC).</summary>
public sealed record CouncillorRule : Rule;
