using Omov.Data.Repositories;
using Omov.Elections.Register;

namespace Omov.Data.Register;

/// <summary>
/// Imports organisation units from a CSV file with columns <c>code,name,kind,parent</c>: all
/// checked (kinds, parents that exist one level up, no duplicates), then upserted in one transaction.
/// </summary>
public sealed class UnitImporter(OmovDatabase database, TimeProvider time)
{
    public static readonly IReadOnlyList<string> Fields = ["code", "name", "kind", "parent"];

    /// <summary>Imports <paramref name="path"/>; the report lists any problems (and then nothing was written).</summary>
    public async Task<ImportReport> ImportAsync(string path, ImportOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var started = time.GetUtcNow();
        var problems = new ProblemList(options.MaxProblemsKept);
        var rows = new List<(long Line, OrganisationUnit Unit)>();
        using (var source = CsvSource.Open(path, options.Progress, line => problems.Add(line, null, "badly quoted field (a stray or unclosed \")"), out var openProblem))
        {
            if (source is null)
            {
                return new ImportReport(0, 0, [openProblem!], 1, options.DryRun);
            }

            var header = source.Read();
            if (header is null)
            {
                return new ImportReport(0, 0, [source.Stopped ?? new ImportProblem(0, null, "the file is empty (a header line is needed)")], 1, options.DryRun);
            }

            var map = HeaderMap.Build(header, Fields, ["code", "name", "kind"], options, problems);
            if (problems.Count > 0)
            {
                return new ImportReport(0, 0, problems.Kept, problems.Count, options.DryRun);
            }

            string[]? record;
            while ((record = source.Read()) is not null)
            {
                var line = source.Line;
                if (record.Length != map.ColumnCount)
                {
                    problems.Add(line, null, $"{record.Length} fields where the header has {map.ColumnCount}");
                    continue;
                }

                string Text(string field) => map.IndexOf(field) is var i and >= 0 ? record[i].Trim() : string.Empty;
                var code = Text("code");
                var name = Text("name");
                if (code.Length == 0)
                {
                    problems.Add(line, map.NameOf("code"), "required value missing");
                }

                if (name.Length == 0)
                {
                    problems.Add(line, map.NameOf("name"), "required value missing");
                }

                if (!RegisterCodes.TryParseKind(Text("kind"), out var kind))
                {
                    problems.Add(line, map.NameOf("kind"), "unknown kind (expected nation, region, local_party, branch or affiliate)");
                    continue;
                }

                var parent = Text("parent");
                rows.Add((line, new OrganisationUnit(code, name, kind, parent.Length == 0 ? null : parent)));
            }

            if (source.Stopped is { } stopped)
            {
                problems.Add(stopped.Line, stopped.Column, stopped.Reason);
            }
        }

        var known = (await database.Units.ListAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(u => u.Code, StringComparer.Ordinal);
        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (line, unit) in rows)
        {
            if (unit.Code.Length > 0 && !firstLine.TryAdd(unit.Code, line))
            {
                problems.Add(line, "code", $"duplicate code (first on line {firstLine[unit.Code]})");
            }

            known[unit.Code] = unit;
        }

        foreach (var (line, unit) in rows)
        {
            var parentKind = UnitPlacement.ParentKindOf(unit.Kind);
            if (parentKind is null && unit.ParentCode is not null)
            {
                problems.Add(line, "parent", $"a {RegisterCodes.Of(unit.Kind)} has no parent");
            }
            else if (parentKind is { } expected && (unit.ParentCode is null || !known.TryGetValue(unit.ParentCode, out var parent) || parent.Kind != expected))
            {
                problems.Add(line, "parent", $"a {RegisterCodes.Of(unit.Kind)} needs the code of a {RegisterCodes.Of(expected)} (in this file or already imported)");
            }
        }

        long written = 0;
        if (!options.DryRun)
        {
            if (problems.Count == 0)
            {
                written = await database.Units.UpsertAsync(rows.Select(r => r.Unit), cancellationToken).ConfigureAwait(false);
            }

            await database.ImportRuns.AddAsync(
                new ImportRun("units", Path.GetFileName(path), started, time.GetUtcNow(), rows.Count, written, problems.Count, problems.Count == 0 ? "imported" : "rejected"),
                cancellationToken).ConfigureAwait(false);
        }

        return new ImportReport(rows.Count, written, problems.Kept, problems.Count, options.DryRun);
    }
}
