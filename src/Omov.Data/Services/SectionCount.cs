namespace Omov.Data.Services;

/// <summary>How many eligible members are in one section.</summary>
/// <param name="Section">The section's name ("women", "BAME", "disabled", "LGBT+", "youth").</param>
/// <param name="Count">How many.</param>
public sealed record SectionCount(string Section, long Count);
