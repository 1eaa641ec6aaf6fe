namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov members</c> and <c>omov org</c> end to end, on a SQLite file and on the test PostgreSQL server.</summary>
public sealed class MembersCommandTests
{
    [Fact]
    public void GenerateImportExport_Sqlite_RoundTripsTheFile()
    {
        using var folder = new TempFolder();
        RoundTrip(folder, folder.File("omov.db"));
    }

    [Fact]
    public Task GenerateImportExport_Postgres_RoundTripsTheFile() =>
        TestPostgres.WithDatabaseAsync(connection =>
        {
            using var folder = new TempFolder();
            RoundTrip(folder, connection);
        });

    [Fact]
    public void Generate_SameSeed_SameFiles()
    {
        using var one = new TempFolder();
        using var two = new TempFolder();
        CliRun.Of("members", "generate", "--members", "300", "--seed", "5", "--out", one.Path).AssertSuccess();
        CliRun.Of("members", "generate", "--members", "300", "--seed", "5", "--out", two.Path).AssertSuccess();

        Assert.Equal(File.ReadAllText(one.File("members.csv")), File.ReadAllText(two.File("members.csv")));
        Assert.Equal(File.ReadAllText(one.File("units.csv")), File.ReadAllText(two.File("units.csv")));
    }

    [Fact]
    public void Import_ProblemRows_ListsThemAndWritesNothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        CliRun.Of("members", "generate", "--members", "50", "--out", folder.Path).AssertSuccess();
        CliRun.Of("org", "import", folder.File("units.csv"), "--db", db).AssertSuccess();
        var lines = File.ReadAllLines(folder.File("members.csv"));
        var bad = lines.Take(1).Concat(lines.Skip(1).Select(l => l.Replace("T", "X", StringComparison.Ordinal))).ToArray(); // every joined_at broken
        File.WriteAllLines(folder.File("bad.csv"), bad);

        var run = CliRun.Of("members", "import", folder.File("bad.csv"), "--db", db);

        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        var error = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("omov: bad.csv: ", error[0], StringComparison.Ordinal);
        Assert.EndsWith("nothing was written", error[0], StringComparison.Ordinal);
        Assert.Equal(22, error.Length); // the summary, 20 problems, "... and N more"
        Assert.Contains("line 2, column joined_at: not a real date and time", error[1], StringComparison.Ordinal);
        var export = CliRun.Of("members", "export", "--db", db).AssertSuccess();
        Assert.Single(export.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries)); // the header only
    }

    [Fact]
    public void Import_DryRun_WritesNothing()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        CliRun.Of("members", "generate", "--members", "20", "--out", folder.Path).AssertSuccess();
        CliRun.Of("org", "import", folder.File("units.csv"), "--db", db).AssertSuccess();

        var run = CliRun.Of("members", "import", folder.File("members.csv"), "--db", db, "--dry-run").AssertSuccess();

        Assert.Equal("members.csv: 20 members checked, no problems (dry run: nothing written).\n", run.Out);
        Assert.Single(CliRun.Of("members", "export", "--db", db).AssertSuccess().Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Import_UnknownOption_NamesTheSubcommandsHelp() =>
        Assert.Contains("(see 'omov members import --help')", CliRun.Of("members", "import", "x.csv", "--frobnicate").AssertBadInput().Error, StringComparison.Ordinal);

    [Fact]
    public void Export_UnreachablePostgres_OneLineWithoutThePassword()
    {
        var run = CliRun.Of("members", "export", "--db", "Host=/nonexistent-omov;Username=x;Password=hunter2;Database=y").AssertBadInput();
        Assert.StartsWith("omov: cannot open the PostgreSQL database: ", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_SqliteInAMissingFolder_OneLine() =>
        Assert.Contains("cannot open the SQLite database", CliRun.Of("members", "export", "--db", "/nonexistent-omov/omov.db").AssertBadInput().Error, StringComparison.Ordinal);

    [Fact]
    public void Import_MissingFile_OneLine() =>
        Assert.Contains("nope.csv: file not found", CliRun.Of("members", "import", "nope.csv").AssertBadInput().Error, StringComparison.Ordinal);

    [Fact]
    public void Import_BadMap_OneLine()
    {
        using var folder = new TempFolder();
        var path = folder.Write("m.csv", "x\n");
        var run = CliRun.Of("members", "import", path, "--db", folder.File("omov.db"), "--map", "Member No=shoe_size").AssertBadInput();
        Assert.Contains("unknown field 'shoe_size'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_BinaryFile_OneLine()
    {
        using var folder = new TempFolder();
        var path = folder.File("register.xlsx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00]);
        var run = CliRun.Of("members", "import", path, "--db", folder.File("omov.db")).AssertBadInput();
        Assert.Equal("omov: register.xlsx: not a CSV text file (it holds binary data); save it as CSV in UTF-8\n", run.Error);
    }

    private static void RoundTrip(TempFolder folder, string db)
    {
        CliRun.Of("members", "generate", "--members", "500", "--seed", "3", "--out", folder.Path).AssertSuccess();
        var org = CliRun.Of("org", "import", folder.File("units.csv"), "--db", db).AssertSuccess();
        var import = CliRun.Of("members", "import", folder.File("members.csv"), "--db", db).AssertSuccess();
        var export = CliRun.Of("members", "export", "--db", db, "--out", folder.File("export.csv"));

        Assert.StartsWith("Imported ", org.Out, StringComparison.Ordinal);
        Assert.Equal("Imported 500 members from members.csv.\n", import.Out);
        Assert.Equal(ExitCodes.Success, export.ExitCode);
        Assert.Equal(File.ReadAllText(folder.File("members.csv")), File.ReadAllText(folder.File("export.csv")));
    }
}
