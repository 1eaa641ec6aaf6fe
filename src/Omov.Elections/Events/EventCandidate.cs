namespace Omov.Elections.Events;

/// <summary>A candidate in one contest, numbered as on the ballot paper (and in the BLT file).</summary>
/// <param name="Number">1-based position on the ballot.</param>
/// <param name="Name">The name as printed.</param>
/// <param name="Statement">The candidate's statement, shown with the ballot; may be empty.</param>
/// <param name="Groups">Groups for constraints, e.g. "women".</param>
public sealed record EventCandidate(int Number, string Name, string Statement, IReadOnlyList<string> Groups);
