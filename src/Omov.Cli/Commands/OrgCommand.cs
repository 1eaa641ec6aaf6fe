using System.CommandLine;
using System.Globalization;
using Omov.Cli.Output;
using Omov.Data.Register;
using Omov.Elections.Audit;

namespace Omov.Cli.Commands;

/// <summary><c>omov org import</c>: the organisation's structure.</summary>
internal static class OrgCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "A CSV file with columns code,name,kind,parent (kind: nation, region, local_party, branch, affiliate)." };
        var db = DatabaseOption.Create();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report problems; write nothing." };
        var import = new Command(
            "import",
            "Import organisation units (nations, regions, local parties, branches, affiliates) from CSV, added or replaced by code, all or none.")
        {
            file, db, dryRun,
        };
        import.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            if (!File.Exists(path))
            {
                context.Fail($"{path}: file not found");
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db) ?? DatabaseOption.Default);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var isDryRun = parsed.GetValue(dryRun);
            var report = ImportProgressBar.Run(context, $"Importing {Path.GetFileName(path)}", progress =>
                new UnitImporter(database, TimeProvider.System).ImportAsync(path, new ImportOptions { DryRun = isDryRun, Progress = progress }));
            if (!report.Succeeded)
            {
                ImportReportWriter.WriteProblems(context, path, report);
                return ExitCodes.BadInput;
            }

            if (!isDryRun && !CliAudit.Record(context, database, AuditActions.UnitsImported, Path.GetFileName(path), new Dictionary<string, string>
            {
                ["rows"] = report.RowsWritten.ToString(CultureInfo.InvariantCulture),
            }))
            {
                return ExitCodes.Failure;
            }

            context.Out.WriteLine(isDryRun
                ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileName(path)}: {report.RowsRead} units checked, no problems (dry run: nothing written).")
                : string.Create(CultureInfo.InvariantCulture, $"Imported {report.RowsWritten} organisation units from {Path.GetFileName(path)}."));
            return ExitCodes.Success;
        });

        return new Command("org", "The organisation's structure: nations, regions, local parties, branches, affiliates.") { import };
    }
}
