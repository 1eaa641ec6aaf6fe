namespace Omov.Elections.Meetings;

/// <summary>Identical preferential papers: how many, and the ranking (0-based candidates, first preference first; empty for blank papers).</summary>
public sealed record PaperBallot(long Count, IReadOnlyList<int> Ranking);
