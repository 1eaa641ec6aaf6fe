namespace Omov.Delivery.Post.Batches;

/// <summary>One print file written.</summary>
/// <param name="FileName">Its name in the output folder.</param>
/// <param name="Packs">Packs in it.</param>
/// <param name="Pages">Pages in it.</param>
public sealed record PostalBatchFile(string FileName, int Packs, int Pages);
