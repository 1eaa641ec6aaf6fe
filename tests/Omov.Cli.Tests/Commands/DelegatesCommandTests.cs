using Omov.Data;
using Omov.Elections.Audit;

namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov delegates</c> end to end on SQLite and PostgreSQL: entitlement table (text and CSV), a delegate election, credentials.</summary>
public sealed class DelegatesCommandTests
{
    private static void WholeCycle(TempFolder folder, string db)
    {
        CliRun.Of("members", "generate", "--members", "4000", "--seed", "5", "--out", folder.Path).AssertSuccess();
        CliRun.Of("org", "import", folder.File("units.csv"), "--db", db).AssertSuccess();
        CliRun.Of("members", "import", folder.File("members.csv"), "--db", db).AssertSuccess();

        var text = CliRun.Of("delegates", "entitlement", "--on", "2025-12-31", "--db", db).AssertSuccess().Out;
        Assert.StartsWith("Conference 2026: members counted on 2025-12-31 under labour-conference-delegates-2022 v1", text, StringComparison.Ordinal);
        Assert.Contains(" for the first 749", text, StringComparison.Ordinal);

        var csv = CliRun.Of("delegates", "entitlement", "--on", "2025-12-31", "--csv", "--db", db).AssertSuccess().Out;
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("local_party_code,local_party,members,women,young,base,extra_bands,cap_applied,ordinary,", rows[0], StringComparison.Ordinal);
        Assert.True(rows.Length > 2);
        var party = rows[1].Split(',')[0];

        var candidates = folder.Write("candidates.csv", "name,membership_number,woman,young\nAdam Ash,L1,no,no\nBea Birch,L2,yes,no\n");
        var ballots = folder.Write("ballots.txt", "# typed from the papers\n20: 1\n5: 2\n");
        var counted = CliRun.Of("delegates", "count", "--party", party, "--year", "2026", "--candidates", candidates, "--ballots", ballots, "--seats", "1", "--method", "av", "--db", db).AssertSuccess().Out;
        Assert.Contains("25 papers counted by av", counted, StringComparison.Ordinal);
        Assert.Contains("1. Bea Birch (ordinary, woman)", counted, StringComparison.Ordinal);

        Assert.Contains("already elected", CliRun.Of("delegates", "count", "--party", party, "--year", "2026", "--candidates", candidates, "--ballots", ballots, "--seats", "1", "--method", "av", "--db", db).AssertBadInput().Error, StringComparison.Ordinal);
        var credentials = CliRun.Of("delegates", "credentials", "--year", "2026", "--db", db).AssertSuccess().Out;
        Assert.Equal($"year,local_party_code,order,membership_number,name,woman,young,place\r\n2026,{party},1,L2,Bea Birch,yes,no,ordinary\r\n", credentials);

        using var database = OmovDatabase.OpenAsync(db).GetAwaiter().GetResult();
        var actions = database.AuditLog.ReadLatestAsync(10).GetAwaiter().GetResult().Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.DelegatesEntitlementCalculated, actions);
        Assert.Contains(AuditActions.DelegatesElected, actions);
    }

    [Fact]
    public void Delegates_WholeCycle_Sqlite()
    {
        using var folder = new TempFolder();
        WholeCycle(folder, folder.File("omov.db"));
    }

    [Fact]
    public Task Delegates_WholeCycle_Postgres()
    {
        using var folder = new TempFolder();
        return TestPostgres.WithDatabaseAsync(db => WholeCycle(folder, db));
    }

    [Theory]
    [InlineData("--on", "2025-13-01")]
    [InlineData("--on", "yesterday")]
    public void Entitlement_BadDate_OneLineExit2(string option, string value)
    {
        using var folder = new TempFolder();
        Assert.Contains("is not a date", CliRun.Of("delegates", "entitlement", option, value, "--db", folder.File("omov.db")).AssertBadInput().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Entitlement_BadRulesFile_NamesTheJsonPath()
    {
        using var folder = new TempFolder();
        var json = Omov.Elections.Delegates.DelegateRulesJson.Serialize(Omov.Elections.Delegates.DelegatePresets.Labour2022()).Replace("\"bandSize\": 250", "\"bandSize\": -1", StringComparison.Ordinal);
        var rules = folder.Write("rules.json", json);
        var error = CliRun.Of("delegates", "entitlement", "--on", "2025-12-31", "--rules", rules, "--db", folder.File("omov.db")).AssertBadInput().Error;
        Assert.Contains("rules.json: $.bands.bandSize", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Count_BadCandidatesFile_OneLineExit2()
    {
        using var folder = new TempFolder();
        var candidates = folder.Write("c.csv", "name,membership_number,woman,young\nAdam,L1,perhaps,no\n");
        var ballots = folder.Write("b.txt", "1\n");
        var error = CliRun.Of("delegates", "count", "--party", "X", "--year", "2026", "--candidates", candidates, "--ballots", ballots, "--seats", "1", "--db", folder.File("omov.db")).AssertBadInput().Error;
        Assert.Contains("c.csv line 2", error, StringComparison.Ordinal);
    }
}
