namespace Omov.Data.Repositories;

/// <summary>The record of one import (no personal data: counts and the outcome only).</summary>
/// <param name="Kind">What was imported: <c>members</c> or <c>units</c>.</param>
/// <param name="Source">The file name.</param>
/// <param name="StartedAt">When it started (UTC).</param>
/// <param name="FinishedAt">When it finished (UTC).</param>
/// <param name="RowsRead">Data rows read.</param>
/// <param name="RowsWritten">Rows written (0 when rejected).</param>
/// <param name="Problems">Problems found.</param>
/// <param name="Outcome"><c>imported</c> or <c>rejected</c>.</param>
public sealed record ImportRun(string Kind, string Source, DateTimeOffset StartedAt, DateTimeOffset FinishedAt, long RowsRead, long RowsWritten, long Problems, string Outcome);
