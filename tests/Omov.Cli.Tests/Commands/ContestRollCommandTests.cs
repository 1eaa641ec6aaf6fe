using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;

namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov contest</c> and the stored-roll commands of <c>omov roll</c>, end to end on SQLite and PostgreSQL.</summary>
public sealed partial class ContestRollCommandTests
{
    private static void LoadRegister(TempFolder folder, string db)
    {
        CliRun.Of("members", "generate", "--members", "400", "--seed", "11", "--out", folder.Path).AssertSuccess();
        CliRun.Of("org", "import", folder.File("units.csv"), "--db", db).AssertSuccess();
        CliRun.Of("members", "import", folder.File("members.csv"), "--db", db).AssertSuccess();
    }

    private static void AddStaff(string db, string username, StaffRole role)
    {
        using var database = OmovDatabase.OpenAsync(db).GetAwaiter().GetResult();
        Assert.True(database.StaffAccounts.AddAsync(new StaffAccount
        {
            Id = Guid.NewGuid(),
            Username = username,
            DisplayName = "Staff " + username,
            Email = username + "@example.org",
            Roles = [role],
            PasswordHash = "pbkdf2-sha256$600000$c2FsdA==$aGFzaA==",
            RecoveryCodeHashes = [],
            Enabled = true,
            CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        }).GetAwaiter().GetResult());
    }

    private static string DigestIn(string output) => DigestPattern().Match(output).Value;

    private static void WholeLifeCycle(TempFolder folder, string db)
    {
        LoadRegister(folder, db);
        AddStaff(db, "rita", StaffRole.ReturningOfficer);
        AddStaff(db, "adam", StaffRole.Administrator);

        CliRun.Of("contest", "add", "--code", "nec-clp", "--title", "NEC CLP section 2020", "--rulebook", "labour-nec-clp-2020", "--db", db).AssertSuccess();
        CliRun.Of("contest", "add", "--code", "nec-clp", "--title", "Again", "--rulebook", "labour-nec-clp-2020", "--db", db).AssertBadInput();
        CliRun.Of("contest", "add", "--code", "bad code", "--title", "T", "--rulebook", "labour-nec-clp-2020", "--db", db).AssertBadInput();
        CliRun.Of("contest", "add", "--code", "x", "--title", "T", "--rulebook", "no-such-preset", "--db", db).AssertBadInput();
        Assert.Contains("nec-clp  NEC CLP section 2020  [labour-nec-clp-2020 v1]  no roll", CliRun.Of("contest", "list", "--db", db).AssertSuccess().Out, StringComparison.Ordinal);

        var first = DigestIn(CliRun.Of("roll", "freeze", "--contest", "nec-clp", "--db", db).AssertSuccess().Out);
        var second = CliRun.Of("roll", "freeze", "--contest", "nec-clp", "--out", folder.File("roll.tsv"), "--db", db).AssertSuccess();
        var digest = DigestIn(second.Out);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(folder.File("roll.tsv")))), digest);
        Assert.Contains($"It supersedes the unapproved roll {first}.", second.Out, StringComparison.Ordinal);
        var shown = CliRun.Of("contest", "show", "nec-clp", "--db", db).AssertSuccess().Out;
        Assert.Contains("frozen      " + digest, shown, StringComparison.Ordinal);
        Assert.Contains("superseded  " + first, shown, StringComparison.Ordinal);

        Assert.Contains("may not approve a roll", CliRun.Of("roll", "approve", "--contest", "nec-clp", "--digest", digest, "--as", "adam", "--db", db).AssertBadInput().Error, StringComparison.Ordinal);
        Assert.Contains("no staff account", CliRun.Of("roll", "approve", "--contest", "nec-clp", "--digest", digest, "--as", "nobody", "--db", db).AssertBadInput().Error, StringComparison.Ordinal);
        Assert.Contains("superseded", CliRun.Of("roll", "approve", "--contest", "nec-clp", "--digest", first, "--as", "rita", "--db", db).AssertBadInput().Error, StringComparison.Ordinal);
        CliRun.Of("roll", "approve", "--contest", "nec-clp", "--digest", digest[..20], "--as", "rita", "--db", db).AssertBadInput();
        var approved = CliRun.Of("roll", "approve", "--contest", "nec-clp", "--digest", digest, "--as", "rita", "--db", db).AssertSuccess();
        Assert.Contains($"digest {digest}, by rita", approved.Out, StringComparison.Ordinal);
        Assert.Contains("final", CliRun.Of("roll", "approve", "--contest", "nec-clp", "--digest", digest, "--as", "rita", "--db", db).AssertBadInput().Error, StringComparison.Ordinal);
        Assert.Contains("final", CliRun.Of("roll", "freeze", "--contest", "nec-clp", "--db", db).AssertBadInput().Error, StringComparison.Ordinal);
        CliRun.Of("contest", "rulebook", "nec-clp", "--rulebook", "labour-leader-deputy-2020", "--db", db).AssertBadInput();

        CliRun.Of("contest", "add", "--code", "leader", "--title", "Leader 2020", "--rulebook", "labour-nec-clp-2020", "--db", db).AssertSuccess();
        CliRun.Of("contest", "rulebook", "leader", "--rulebook", "labour-leader-deputy-2020", "--db", db).AssertSuccess();
        var leader = DigestIn(CliRun.Of("roll", "freeze", "--contest", "leader", "--db", db).AssertSuccess().Out);
        var diff = CliRun.Of("roll", "diff", digest[..10], leader[..10], "--db", db).AssertSuccess().Out;
        Assert.Matches("^[0-9]+ added, [0-9]+ removed, [0-9]+ channel\\(s\\) changed\\.", diff);
        Assert.Contains("\n+ ", diff, StringComparison.Ordinal);
        CliRun.Of("roll", "diff", "zz", leader[..10], "--db", db).AssertBadInput();

        var voter = File.ReadAllLines(folder.File("roll.tsv"))[1].Split('\t')[0];
        Assert.Contains($"{voter} in nec-clp (NEC CLP section 2020): eligible: ", CliRun.Of("roll", "explain", "--contest", "nec-clp", "--member", voter, "--db", db).AssertSuccess().Out, StringComparison.Ordinal);
        CliRun.Of("roll", "explain", "--contest", "nope", "--member", voter, "--db", db).AssertBadInput();
        CliRun.Of("roll", "explain", "--contest", "nec-clp", "--member", "NOBODY", "--db", db).AssertBadInput();
        var counts = CliRun.Of("roll", "counts", "--contest", "nec-clp", "--db", db).AssertSuccess().Out;
        var voters = File.ReadAllLines(folder.File("roll.tsv")).Length - 1;
        Assert.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $": {voters:N0} of 400 members eligible"), counts, StringComparison.Ordinal);
        Assert.Contains("joined after the end of 24 Aug 2020", counts, StringComparison.Ordinal);

        var log = folder.File("audit.jsonl");
        Assert.Equal(0, CliRun.Of("audit", "export", "--db", db, "--out", log).ExitCode);
        CliRun.Of("audit", "verify", log).AssertSuccess();
        var actions = AuditLogFile.Read(log).Entries!.Select(e => e.Action).ToList();
        Assert.Equal(2, actions.Count(a => a == AuditActions.ContestCreated));
        Assert.Equal(3, actions.Count(a => a == AuditActions.RollFrozen));
        Assert.Single(actions, a => a == AuditActions.RollApproved);
        Assert.Single(actions, a => a == AuditActions.AccessRefused);
        Assert.Single(actions, a => a == AuditActions.RulebookEdited);
        Assert.Contains(AuditActions.MemberViewed, actions);
        Assert.DoesNotContain("@example.org", File.ReadAllText(log), StringComparison.Ordinal);
    }

    [Fact]
    public void ContestAndRoll_OnSqlite_WholeLifeCycle()
    {
        using var folder = new TempFolder();
        WholeLifeCycle(folder, folder.File("omov.db"));
    }

    [Fact]
    public async Task ContestAndRoll_OnPostgres_WholeLifeCycle()
    {
        await TestPostgres.WithDatabaseAsync(connection =>
        {
            using var folder = new TempFolder();
            WholeLifeCycle(folder, connection);
        });
    }

    [Theory]
    [InlineData("roll", "freeze", "--contest", "c", "--rulebook", "labour-nec-clp-2020")]
    [InlineData("roll", "freeze", "--contest", "missing")]
    [InlineData("roll", "explain", "L1")]
    [InlineData("roll", "explain", "--contest", "c")]
    [InlineData("roll", "counts", "--contest", "missing")]
    [InlineData("roll", "approve", "--contest", "missing", "--digest", "0", "--as", "x")]
    [InlineData("contest", "show", "missing")]
    [InlineData("contest", "rulebook", "missing", "--rulebook", "labour-nec-clp-2020")]
    public void BadInput_OneLineAndExitTwo(params string[] args)
    {
        using var folder = new TempFolder();
        CliRun.Of([.. args, "--db", folder.File("omov.db")]).AssertBadInput();
    }

    [Fact]
    public void ContestAdd_RulebookFileWithUnknownUnit_NamesTheProblem()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        var json = CliRun.Of("rulebook", "show", "labour-nec-welsh-2022").AssertSuccess().Out;
        File.WriteAllText(folder.File("welsh.json"), json);

        var run = CliRun.Of("contest", "add", "--code", "welsh", "--title", "Welsh", "--rulebook", folder.File("welsh.json"), "--db", db).AssertBadInput();

        Assert.Contains("welsh.json: ", run.Error, StringComparison.Ordinal);
        Assert.Contains("WALES", run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("[0-9a-f]{64}")]
    private static partial Regex DigestPattern();
}
