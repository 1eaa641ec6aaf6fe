namespace Omov.Data.Register;

/// <summary>How far an import has got.</summary>
/// <param name="BytesRead">Bytes of the file read so far.</param>
/// <param name="TotalBytes">The file's size, or 0 when unknown.</param>
/// <param name="Rows">Data rows read so far.</param>
public sealed record ImportProgress(long BytesRead, long TotalBytes, long Rows);
