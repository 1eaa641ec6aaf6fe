using Omov.Data.Repositories;

namespace Omov.Data.Register;

/// <summary>
/// Imports members from a CSV file: every row checked, upserted by membership number in one
/// transaction, all or nothing: any problem and nothing is written.
/// </summary>
public sealed class MemberImporter(OmovDatabase database, TimeProvider time)
{
    /// <summary>Imports <paramref name="path"/>; the report lists any problems (and then nothing was written).</summary>
    public async Task<ImportReport> ImportAsync(string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var started = time.GetUtcNow();
        var problems = new ProblemList(options.MaxProblemsKept);
        using var source = CsvSource.Open(path, options.Progress, line => problems.Add(line, null, "badly quoted field (a stray or unclosed \")"), out var openProblem);
        if (source is null)
        {
            return new ImportReport(0, 0, [openProblem!], 1, options.DryRun);
        }

        var units = (await database.Units.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var rows = new MemberRows(source, units, options, problems);
        long written = 0;
        if (options.DryRun)
        {
            foreach (var _ in rows.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
        else
        {
            written = await database.Members.BulkUpsertAsync(Pipeline.ReadAhead(rows.Read(), 8192, cancellationToken), commit: () => problems.Count == 0, cancellationToken).ConfigureAwait(false);
            await database.ImportRuns.AddAsync(
                new ImportRun("members", Path.GetFileName(path), started, time.GetUtcNow(), rows.RowsRead, written, problems.Count, problems.Count == 0 ? "imported" : "rejected"),
                cancellationToken).ConfigureAwait(false);
        }

        return new ImportReport(rows.RowsRead, written, problems.Kept, problems.Count, options.DryRun);
    }
}
