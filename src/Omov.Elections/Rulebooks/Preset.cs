namespace Omov.Elections.Rulebooks;

/// <summary>A ready-made rulebook, with where its rules come from.</summary>
/// <param name="Name">A short name for a list.</param>
/// <param name="Description">What it is for, in a sentence or two.</param>
/// <param name="Rulebook">The rulebook; its <see cref="Rulebook.Source"/> cites the section of the rules reference.</param>
public sealed record Preset(string Name, string Description, Rulebook Rulebook);
