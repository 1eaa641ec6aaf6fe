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
            var isDryRun = parsed.GetValue(dryRun);
            return RegisterImport.Run(context, path, parsed.GetValue(db) ?? DatabaseOption.Default, isDryRun, RegisterImports.AuditAction(RegisterFileKind.Units), "units", "organisation units", (database, progress) =>
                new UnitImporter(database, TimeProvider.System).ImportAsync(path, new ImportOptions { DryRun = isDryRun, Progress = progress }));
        });

        return new Command("org", "The organisation's structure: nations, regions, local parties, branches, affiliates.") { import };
    }
}
