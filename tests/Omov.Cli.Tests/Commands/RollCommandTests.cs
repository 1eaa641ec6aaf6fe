using System.Security.Cryptography;

namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov roll</c> end to end on a generated register, on SQLite and on the test PostgreSQL server.</summary>
public sealed class RollCommandTests
{
    private const string Rulebook = "labour-nec-clp-2020";

    private static void LoadRegister(TempFolder folder, string db)
    {
        CliRun.Of("members", "generate", "--members", "400", "--seed", "11", "--out", folder.Path).AssertSuccess();
        CliRun.Of("org", "import", folder.File("units.csv"), "--db", db).AssertSuccess();
        CliRun.Of("members", "import", folder.File("members.csv"), "--db", db).AssertSuccess();
    }

    /// <summary>Freezes the roll and returns its voter lines (everything after the header, which holds the freeze time).</summary>
    private static string[] FreezeAndCheck(TempFolder folder, string db, string name)
    {
        var listing = folder.File(name);
        var run = CliRun.Of("roll", "freeze", "--rulebook", Rulebook, "--contest", "nec-clp-2020", "--out", listing, "--db", db).AssertSuccess();

        var digest = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(listing)));
        Assert.Contains(digest, run.Out, StringComparison.Ordinal);
        Assert.Contains(digest, CliRun.Of("roll", "check", listing, "--digest", digest).AssertSuccess().Out, StringComparison.Ordinal);
        var lines = File.ReadAllLines(listing);
        Assert.StartsWith("omov-roll/1\tnec-clp-2020\tlabour-nec-clp-2020\t1\t", lines[0], StringComparison.Ordinal);
        return lines[1..];
    }

    [Fact]
    public async Task Freeze_SameRegisterOnBothEngines_GivesTheSameVoters()
    {
        using var folder = new TempFolder();
        LoadRegister(folder, folder.File("omov.db"));
        var onSqlite = FreezeAndCheck(folder, folder.File("omov.db"), "sqlite.tsv");

        string[] onPostgres = [];
        await TestPostgres.WithDatabaseAsync(connection =>
        {
            using var other = new TempFolder();
            LoadRegister(other, connection);
            onPostgres = FreezeAndCheck(other, connection, "postgres.tsv");
        });

        Assert.NotEmpty(onSqlite);
        Assert.True(onSqlite.Length < 400, "a 2020 freeze must leave out the members who joined later");
        Assert.Equal(onSqlite, onPostgres);
    }

    [Fact]
    public void Explain_MemberOnTheRollAndOneOff_SayWhy()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        LoadRegister(folder, db);
        var voters = FreezeAndCheck(folder, db, "roll.tsv").Select(line => line.Split('\t')[0]).ToHashSet();
        var everyone = File.ReadAllLines(folder.File("members.csv")).Skip(1).Select(line => line.Split(',')[0]).ToList();
        var off = everyone.First(number => !voters.Contains(number));

        var eligible = CliRun.Of("roll", "explain", voters.First(), "--rulebook", Rulebook, "--db", db).AssertSuccess();
        var ineligible = CliRun.Of("roll", "explain", off, "--rulebook", Rulebook, "--db", db).AssertSuccess();

        Assert.Contains(": eligible: ", eligible.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("FAIL", eligible.Out, StringComparison.Ordinal);
        Assert.Contains(": not eligible: ", ineligible.Out, StringComparison.Ordinal);
        Assert.Contains("FAIL", ineligible.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_TwoRulebooks_ListsWhoWasAddedAndRemoved()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        LoadRegister(folder, db);
        CliRun.Of("roll", "freeze", "--rulebook", "labour-leader-deputy-2020", "--contest", "a", "--out", folder.File("a.tsv"), "--db", db).AssertSuccess();
        CliRun.Of("roll", "freeze", "--rulebook", Rulebook, "--contest", "b", "--out", folder.File("b.tsv"), "--db", db).AssertSuccess();
        var a = File.ReadAllLines(folder.File("a.tsv")).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet();
        var b = File.ReadAllLines(folder.File("b.tsv")).Skip(1).Select(l => l.Split('\t')[0]).ToHashSet();

        var run = CliRun.Of("roll", "diff", folder.File("a.tsv"), folder.File("b.tsv")).AssertSuccess();

        Assert.StartsWith($"{b.Except(a).Count()} added, {a.Except(b).Count()} removed, ", run.Out, StringComparison.Ordinal);
        Assert.All(b.Except(a), number => Assert.Contains("+ " + number, run.Out, StringComparison.Ordinal));
    }

    [Fact]
    public void Check_WrongDigest_FailsWithExit1()
    {
        using var folder = new TempFolder();
        var listing = folder.Write("roll.tsv", "omov-roll/1\tc\tr\t1\t2020-10-19T09:00:00.0000000Z\nL1\temail\n");

        var run = CliRun.Of("roll", "check", listing, "--digest", new string('0', 64));

        Assert.Equal(ExitCodes.Failure, run.ExitCode);
        Assert.StartsWith("FAILED: the digest is ", run.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("roll", "freeze", "--rulebook", "no-such-rulebook", "--contest", "c", "--out", "x.tsv")]
    [InlineData("roll", "explain", "L0", "--rulebook", "no-such-rulebook")]
    public void UnknownRulebook_IsBadInput(params string[] args) =>
        Assert.Contains("is neither a preset", CliRun.Of(args).AssertBadInput().Error, StringComparison.Ordinal);

    [Fact]
    public void Explain_UnknownMember_IsBadInput()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        LoadRegister(folder, db);

        var run = CliRun.Of("roll", "explain", "NOT-A-MEMBER", "--rulebook", Rulebook, "--db", db).AssertBadInput();

        Assert.Contains("no member has the number 'NOT-A-MEMBER'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Diff_MalformedListing_NamesFileAndLine()
    {
        using var folder = new TempFolder();
        var good = folder.Write("good.tsv", "omov-roll/1\tc\tr\t1\t2020-10-19T09:00:00.0000000Z\nL1\temail\n");
        var bad = folder.Write("bad.tsv", "omov-roll/1\tc\tr\t1\t2020-10-19T09:00:00.0000000Z\nL1\tcarrier-pigeon\n");

        var run = CliRun.Of("roll", "diff", good, bad).AssertBadInput();

        Assert.Contains("bad.tsv:2: unknown channel", run.Error, StringComparison.Ordinal);
    }
}
