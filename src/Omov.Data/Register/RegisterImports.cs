using System.Globalization;
using CsvHelper;
using Omov.Elections.Audit;

namespace Omov.Data.Register;

/// <summary>
/// What every front end of a register import shares (the CLI's <c>members import</c> and
/// <c>org import</c>, the web's import page): which importer reads which kind of file, the audit
/// entry a real import leaves, and the problem report as CSV.
/// </summary>
public static class RegisterImports
{
    /// <summary>Imports <paramref name="path"/> as <paramref name="kind"/> with the matching importer.</summary>
    public static Task<ImportReport> RunAsync(OmovDatabase database, TimeProvider time, RegisterFileKind kind, string path, ImportOptions options, CancellationToken cancellationToken = default) => kind switch
    {
        RegisterFileKind.Members => new MemberImporter(database, time).ImportAsync(path, options, cancellationToken),
        RegisterFileKind.Units => new UnitImporter(database, time).ImportAsync(path, options, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The audit action of a real import of <paramref name="kind"/>.</summary>
    public static string AuditAction(RegisterFileKind kind) => kind switch
    {
        RegisterFileKind.Members => AuditActions.MembersImported,
        RegisterFileKind.Units => AuditActions.UnitsImported,
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>The audit entry's details for <paramref name="report"/>: counts only.</summary>
    public static IReadOnlyDictionary<string, string> AuditDetails(ImportReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new Dictionary<string, string> { ["rows"] = report.RowsWritten.ToString(CultureInfo.InvariantCulture) };
    }

    /// <summary>Writes <paramref name="problems"/> as CSV with columns <c>line,column,reason</c> (never the values).</summary>
    public static void WriteProblemsCsv(TextWriter writer, IEnumerable<ImportProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(problems);
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        csv.WriteField("line");
        csv.WriteField("column");
        csv.WriteField("reason");
        csv.NextRecord();
        foreach (var problem in problems)
        {
            csv.WriteField(problem.Line.ToString(CultureInfo.InvariantCulture));
            csv.WriteField(problem.Column ?? string.Empty);
            csv.WriteField(problem.Reason);
            csv.NextRecord();
        }
    }
}
