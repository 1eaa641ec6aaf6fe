using System.Globalization;
using Omov.Cli.Output;
using Omov.Data;
using Omov.Data.Register;

namespace Omov.Cli.Commands;

/// <summary>
/// The steps every register import shares (<c>omov members import</c>, <c>omov org import</c>):
/// check the file, open the database, import with a progress bar, report problems, audit the
/// change, and say what was done.
/// </summary>
internal static class RegisterImport
{
    /// <param name="context">Where to write.</param>
    /// <param name="path">The CSV file.</param>
    /// <param name="connection">The <c>--db</c> value.</param>
    /// <param name="isDryRun">Check only; write nothing and audit nothing.</param>
    /// <param name="auditAction">The audit action recorded for a real import.</param>
    /// <param name="checkedNoun">What a row is, for the dry-run line ("members").</param>
    /// <param name="writtenNoun">What a row is, for the import line ("organisation units").</param>
    /// <param name="import">Runs the importer against the opened database.</param>
    public static int Run(
        CliContext context,
        string path,
        string connection,
        bool isDryRun,
        string auditAction,
        string checkedNoun,
        string writtenNoun,
        Func<OmovDatabase, IProgress<ImportProgress>?, Task<ImportReport>> import)
    {
        if (!File.Exists(path))
        {
            context.Fail($"{path}: file not found");
            return ExitCodes.BadInput;
        }

        using var database = DatabaseOption.Open(context, connection);
        if (database is null)
        {
            return ExitCodes.BadInput;
        }

        var name = Path.GetFileName(path);
        var report = ImportProgressBar.Run(context, $"Importing {name}", progress => import(database, progress));
        if (!report.Succeeded)
        {
            ImportReportWriter.WriteProblems(context, path, report);
            return ExitCodes.BadInput;
        }

        if (!isDryRun && !CliAudit.Record(context, database, auditAction, name, RegisterImports.AuditDetails(report)))
        {
            return ExitCodes.Failure;
        }

        context.Out.WriteLine(isDryRun
            ? string.Create(CultureInfo.InvariantCulture, $"{name}: {report.RowsRead} {checkedNoun} checked, no problems (dry run: nothing written).")
            : string.Create(CultureInfo.InvariantCulture, $"Imported {report.RowsWritten} {writtenNoun} from {name}."));
        return ExitCodes.Success;
    }
}
