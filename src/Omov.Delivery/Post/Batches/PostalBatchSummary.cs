namespace Omov.Delivery.Post.Batches;

/// <summary>What a run wrote.</summary>
/// <param name="Files">The print files in order.</param>
/// <param name="Packs">Packs in all files.</param>
/// <param name="Pages">Pages in all files.</param>
/// <param name="ManifestPath">The mailing house's CSV.</param>
/// <param name="CutLines">Lines of text shortened because even the smallest size did not fit (a very long name or address).</param>
public sealed record PostalBatchSummary(IReadOnlyList<PostalBatchFile> Files, int Packs, long Pages, string ManifestPath, int CutLines);
