using Omov.Elections.Audit;

namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov audit export</c> and the entries the admin commands write, on SQLite and PostgreSQL.</summary>
public sealed class AuditExportCommandTests
{
    /// <summary>Imports, exports, freezes and explains; returns the exported log's entries after checking it verifies.</summary>
    private static List<AuditEntry> RunAdminCommandsAndExport(TempFolder folder, string db)
    {
        CliRun.Of("members", "generate", "--members", "50", "--seed", "3", "--out", folder.Path).AssertSuccess();
        CliRun.Of("org", "import", folder.File("units.csv"), "--db", db).AssertSuccess();
        CliRun.Of("members", "import", folder.File("members.csv"), "--dry-run", "--db", db).AssertSuccess();
        CliRun.Of("members", "import", folder.File("members.csv"), "--db", db).AssertSuccess();
        CliRun.Of("roll", "freeze", "--rulebook", "labour-nec-clp-2020", "--contest", "nec-2020", "--out", folder.File("roll.tsv"), "--db", db).AssertSuccess();
        var number = File.ReadAllLines(folder.File("members.csv"))[1].Split(',')[0];
        CliRun.Of("roll", "explain", number, "--rulebook", "labour-nec-clp-2020", "--db", db).AssertSuccess();
        Assert.Equal(0, CliRun.Of("members", "export", "--out", folder.File("out.csv"), "--db", db).ExitCode);

        var log = folder.File("audit.jsonl");
        Assert.Equal(0, CliRun.Of("audit", "export", "--db", db, "--out", log).ExitCode);
        var verify = CliRun.Of("audit", "verify", log).AssertSuccess();
        Assert.StartsWith("OK: 5 entries, last hash ", verify.Out, StringComparison.Ordinal);

        var read = AuditLogFile.Read(log);
        Assert.True(read.Success);
        var entries = read.Entries.ToList();
        Assert.Equal(
            [AuditActions.UnitsImported, AuditActions.MembersImported, AuditActions.RollFrozen, AuditActions.MemberViewed, AuditActions.MembersExported],
            entries.Select(e => e.Action));
        Assert.All(entries, e => Assert.Equal("cli:" + Environment.UserName, e.Actor));
        Assert.Equal("members.csv", entries[1].Subject);
        Assert.Equal("50", entries[1].Details["rows"]);
        Assert.Equal("nec-2020", entries[2].Subject);
        Assert.Equal("labour-nec-clp-2020", entries[2].Details["rulebook"]);
        Assert.Contains(entries[2].Details["digest"], CliRun.Of("roll", "check", folder.File("roll.tsv")).AssertSuccess().Out, StringComparison.Ordinal);
        Assert.Equal(number, entries[3].Subject);

        // No personal data but the membership number: no name, email or postcode from the register appears.
        var text = File.ReadAllText(log);
        foreach (var row in File.ReadAllLines(folder.File("members.csv")).Skip(1))
        {
            foreach (var field in row.Split(',').Skip(1).Where(f => f.Length > 3 && !f.All(c => char.IsDigit(c) || c == '-')))
            {
                Assert.DoesNotContain(field, text, StringComparison.Ordinal);
            }
        }

        // Stdout export is the same log.
        Assert.Equal(text, CliRun.Of("audit", "export", "--db", db).AssertSuccess().Out);
        return entries;
    }

    [Fact]
    public void Export_AfterAdminCommandsOnSqlite_VerifiesAndListsThem()
    {
        using var folder = new TempFolder();
        RunAdminCommandsAndExport(folder, folder.File("omov.db"));
    }

    [Fact]
    public async Task Export_AfterAdminCommandsOnPostgres_VerifiesAndListsThem()
    {
        await TestPostgres.WithDatabaseAsync(connection =>
        {
            using var folder = new TempFolder();
            RunAdminCommandsAndExport(folder, connection);
        });
    }

    [Fact]
    public void Export_EmptyLog_WritesNothingAndVerifiesAsEmpty()
    {
        using var folder = new TempFolder();
        var log = folder.File("audit.jsonl");
        Assert.Equal(0, CliRun.Of("audit", "export", "--db", folder.File("omov.db"), "--out", log).ExitCode);

        Assert.Equal(0, new FileInfo(log).Length);
        Assert.Equal("OK: 0 entries, last hash " + AuditChain.GenesisHash, CliRun.Of("audit", "verify", log).AssertSuccess().Out.TrimEnd());
    }

    [Fact]
    public void Export_UnwritableOut_BadInput()
    {
        using var folder = new TempFolder();
        CliRun.Of("audit", "export", "--db", folder.File("omov.db"), "--out", folder.File("missing/dir/audit.jsonl")).AssertBadInput();
    }
}
