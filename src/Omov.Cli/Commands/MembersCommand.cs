using System.CommandLine;
using System.Globalization;
using System.Text;
using Omov.Cli.Output;
using Omov.Data.Generation;
using Omov.Data.Register;
using Omov.Elections.Audit;

namespace Omov.Cli.Commands;

/// <summary><c>omov members generate|import|export</c>: the member register.</summary>
internal static class MembersCommand
{
    public static Command Create(CliContext context) => new("members", "The member register: generate a synthetic one, import from CSV, export to CSV.")
    {
        Generate(context),
        Import(context),
        Export(context),
    };

    private static Command Generate(CliContext context)
    {
        var members = new Option<int>("--members", "-n") { Description = "How many members.", HelpName = "N", DefaultValueFactory = _ => 1000 };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed and size always give the same register.", HelpName = "S", DefaultValueFactory = _ => 1 };
        var output = new Option<string>("--out", "-o") { Description = "Folder to write units.csv and members.csv into (created if needed).", HelpName = "DIR", DefaultValueFactory = _ => "." };
        var command = new Command(
            "generate",
            "Write a realistic synthetic register (made-up names, UK-style postcodes, join surges, lapses, arrears, sections) as units.csv and members.csv.\n"
            + "Example: omov members generate --members 600000 --seed 7 --out demo/ && omov org import demo/units.csv && omov members import demo/members.csv")
        {
            members, seed, output,
        };
        command.SetAction(parsed =>
        {
            var count = parsed.GetValue(members);
            if (count < 0)
            {
                context.Fail("--members must be 0 or more");
                return ExitCodes.BadInput;
            }

            var folder = parsed.GetValue(output) ?? ".";
            var generator = new RegisterGenerator(parsed.GetValue(seed), count);
            Progress.Run(context, count >= 100_000, $"Generating {count} members...", () =>
            {
                generator.WriteCsvAsync(folder).GetAwaiter().GetResult();
                return 0;
            });
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Wrote {generator.Units.Count} organisation units to {Path.Combine(folder, "units.csv")} and {count} members to {Path.Combine(folder, "members.csv")}."));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The members CSV file." };
        var db = DatabaseOption.Create();
        var dryRun = new Option<bool>("--dry-run") { Description = "Check every row and report problems; write nothing." };
        var map = new Option<string[]>("--map")
        {
            Description = $"Map a column of the file to a field: --map \"Member No=membership_number\". Repeatable. Fields: {string.Join(", ", MemberCsvFormat.Fields)}.",
            HelpName = "COLUMN=field",
        };
        var mapFile = new Option<string?>("--map-file") { Description = "A file of mappings, one 'COLUMN,field' per line.", HelpName = "FILE" };
        var ignoreUnknown = new Option<bool>("--ignore-unknown") { Description = "Skip columns that are neither Omov's fields nor mapped (by default they are an error)." };
        var command = new Command(
            "import",
            "Import members from CSV: every row is checked, then all are written in one transaction (added or replaced by membership number), or none if any row has a problem.\n"
            + "Exit codes: 0 imported, 2 bad input or problems in the file (the first 20 are listed, with line and column), 1 anything else.")
        {
            file, db, dryRun, map, mapFile, ignoreUnknown,
        };
        command.SetAction(parsed =>
        {
            var path = parsed.GetRequiredValue(file);
            var mapping = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            if (parsed.GetValue(mapFile) is { } mappingFile)
            {
                var fromFile = ColumnMapping.ParseFile(mappingFile, MemberCsvFormat.Fields, out var error);
                if (fromFile is null)
                {
                    context.Fail(error!);
                    return ExitCodes.BadInput;
                }

                foreach (var (column, field) in fromFile)
                {
                    mapping[column] = field;
                }
            }

            var fromOptions = ColumnMapping.Parse(parsed.GetValue(map) ?? [], MemberCsvFormat.Fields, out var mapError);
            if (fromOptions is null)
            {
                context.Fail("--map " + mapError);
                return ExitCodes.BadInput;
            }

            foreach (var (column, field) in fromOptions)
            {
                mapping[column] = field;
            }

            var isDryRun = parsed.GetValue(dryRun);
            var ignoreUnknownColumns = parsed.GetValue(ignoreUnknown);
            return RegisterImport.Run(context, path, parsed.GetValue(db) ?? DatabaseOption.Default, isDryRun, RegisterImports.AuditAction(RegisterFileKind.Members), "members", "members", (database, progress) =>
                new MemberImporter(database, TimeProvider.System).ImportAsync(path, new ImportOptions
                {
                    DryRun = isDryRun,
                    Mapping = mapping,
                    IgnoreUnknownColumns = ignoreUnknownColumns,
                    Progress = progress,
                }));
        });
        return command;
    }

    private static Command Export(CliContext context)
    {
        var db = DatabaseOption.Create();
        var output = new Option<string?>("--out", "-o") { Description = "The CSV file to write (default: stdout).", HelpName = "FILE" };
        var command = new Command("export", "Export every member to CSV in Omov's format (what 'omov members import' reads without a mapping).") { db, output };
        command.SetAction(parsed =>
        {
            using var database = DatabaseOption.Open(context, parsed.GetValue(db) ?? DatabaseOption.Default);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            // Personal data leaves the system: logged before a single row is written.
            var destination = parsed.GetValue(output);
            var members = database.Members.CountAsync().GetAwaiter().GetResult();
            if (!CliAudit.Record(context, database, AuditActions.MembersExported, destination is null ? "stdout" : Path.GetFileName(destination), new Dictionary<string, string>
            {
                ["rows"] = members.ToString(CultureInfo.InvariantCulture),
            }))
            {
                return ExitCodes.Failure;
            }

            if (destination is { } path)
            {
                long count;
                using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 16))
                {
                    count = RegisterCsvWriter.ExportMembersAsync(database, writer).GetAwaiter().GetResult();
                }

                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Exported {count} members to {path}."));
                return ExitCodes.Success;
            }

            RegisterCsvWriter.ExportMembersAsync(database, context.Out).GetAwaiter().GetResult();
            return ExitCodes.Success;
        });
        return command;
    }
}
