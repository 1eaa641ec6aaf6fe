using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Register;

namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov nominations</c> end to end on SQLite: thresholds, a period, bodies, records, refusals, the tracker and sending to a draft event.</summary>
public sealed class NominationsCommandTests
{
    private static void Seed(string db)
    {
        using var database = OmovDatabase.OpenAsync(db).GetAwaiter().GetResult();
        database.Units.UpsertAsync([new OrganisationUnit("EN", "England", OrganisationUnitKind.Nation, null),
            .. Enumerable.Range(1, 6).Select(i => new OrganisationUnit($"CLP-{i}", $"Local party {i}", OrganisationUnitKind.LocalParty, "EN"))]).GetAwaiter().GetResult();
        database.Members.UpsertAsync(new Member
        {
            MembershipNumber = "L1", FirstName = "Ann", LastName = "Black", JoinedAt = new DateTimeOffset(2001, 1, 1, 0, 0, 0, TimeSpan.Zero),
            ContinuousSince = new DateOnly(2001, 1, 1), Status = MemberStatus.Full, LocalPartyCode = "CLP-1",
        }).GetAwaiter().GetResult();
    }

    [Fact]
    public void Thresholds_ListPrintAndCheck()
    {
        using var folder = new TempFolder();
        Assert.Contains("labour-leader-2020-nominations", CliRun.Of("nominations", "thresholds").AssertSuccess().Out, StringComparison.Ordinal);
        var json = CliRun.Of("nominations", "thresholds", "labour-nec-clp-2020-nominations").AssertSuccess().Out;
        Assert.Contains("\"type\": \"localParties\"", json, StringComparison.Ordinal);

        File.WriteAllText(folder.File("good.json"), json);
        File.WriteAllText(folder.File("bad.json"), json.Replace("\"count\": 5", "\"count\": 0", StringComparison.Ordinal));
        Assert.Contains("valid", CliRun.Of("nominations", "thresholds", folder.File("good.json")).AssertSuccess().Out, StringComparison.Ordinal);
        Assert.Contains("$.requirement.count", CliRun.Of("nominations", "thresholds", folder.File("bad.json")).AssertBadInput().Error, StringComparison.Ordinal);
        CliRun.Of("nominations", "thresholds", "no-such").AssertBadInput();
    }

    [Fact]
    public async Task Nominations_OpenRecordRefuseTrackAndSend()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        Seed(db);
        CliRun.Of("contest", "add", "--code", "nec", "--title", "NEC", "--rulebook", "labour-nec-clp-2020", "--db", db).AssertSuccess();
        CliRun.Of("nominations", "open", "--contest", "nec", "--opens", "2020-01-01", "--closes", "2099-01-01T12:00", "--thresholds", "labour-nec-clp-2020-nominations", "--db", db).AssertSuccess();
        CliRun.Of("nominations", "open", "--contest", "nec", "--opens", "2020-01-01", "--closes", "2019-01-01", "--thresholds", "labour-nec-clp-2020-nominations", "--db", db).AssertBadInput();
        File.WriteAllText(folder.File("statement.txt"), "I will stand up for members.\n");
        CliRun.Of("nominations", "candidate", "--contest", "nec", "--code", "black", "--name", "Ann Black", "--member", "L1", "--statement-file", folder.File("statement.txt"), "--group", "women", "--db", db).AssertSuccess();
        CliRun.Of("nominations", "candidate", "--contest", "nec", "--code", "nobody", "--name", "No One", "--member", "L999", "--db", db).AssertBadInput();
        CliRun.Of("nominations", "body", "--kind", "union", "--code", "GMB", "--name", "GMB", "--membership", "300000", "--db", db).AssertSuccess();
        CliRun.Of("nominations", "body", "--kind", "union", "--code", "GMB", "--name", "GMB", "--db", db).AssertBadInput();

        for (int i = 1; i <= 4; i++)
        {
            CliRun.Of("nominations", "record", "--contest", "nec", "--body-kind", "local-party", "--body", $"CLP-{i}", "--candidate", "black", "--decision", "AMM", "--db", db).AssertSuccess();
        }

        var again = CliRun.Of("nominations", "record", "--contest", "nec", "--body-kind", "local-party", "--body", "CLP-1", "--candidate", "black", "--decision", "AMM", "--db", db).AssertBadInput();
        Assert.Contains("already nominated black", again.Error, StringComparison.Ordinal);
        CliRun.Of("nominations", "record", "--contest", "nec", "--body-kind", "branch", "--body", "X", "--candidate", "black", "--decision", "AMM", "--db", db).AssertBadInput();
        var tracker = CliRun.Of("nominations", "tracker", "nec", "--db", db).AssertSuccess().Out;
        Assert.Contains("Nominations from at least 5 local parties.", tracker, StringComparison.Ordinal);
        Assert.Contains("not yet    MPs/MEPs 0, local parties 4", tracker, StringComparison.Ordinal);
        CliRun.Of("event", "create", "--preset", "labour-nec-2020", "--db", db).AssertSuccess();
        Assert.Contains("has qualified", CliRun.Of("nominations", "send", "--contest", "nec", "--event", "labour-nec-2020", "--event-contest", "nec-clp", "--db", db).AssertBadInput().Error, StringComparison.Ordinal);
        CliRun.Of("nominations", "record", "--contest", "nec", "--body-kind", "local-party", "--body", "CLP-5", "--candidate", "black", "--decision", "GC", "--db", db).AssertSuccess();
        Assert.Contains("QUALIFIED", CliRun.Of("nominations", "tracker", "nec", "--db", db).AssertSuccess().Out, StringComparison.Ordinal);
        Assert.Contains("labour-nec-2020/nec-clp now has 1 candidate(s): Ann Black.", CliRun.Of("nominations", "send", "--contest", "nec", "--event", "labour-nec-2020", "--event-contest", "nec-clp", "--db", db).AssertSuccess().Out, StringComparison.Ordinal);
        CliRun.Of("nominations", "withdraw", "4", "--reason", "entered twice", "--db", db).AssertSuccess();
        CliRun.Of("nominations", "withdraw", "4", "--reason", "again", "--db", db).AssertBadInput();
        using (var database = await OmovDatabase.OpenAsync(db))
        {
            var audit = await database.AuditLog.ReadLatestAsync(100);
            Assert.Contains(audit, e => e.Action == AuditActions.NominationRefused && e.Details["reason"] == "AlreadyNominated");
            Assert.Contains(audit, e => e.Action == AuditActions.NominationWithdrawn && e.Details["reason"] == "entered twice");
            Assert.Equal(5, audit.Count(e => e.Action == AuditActions.NominationRecorded));
            var sent = (await database.BallotEvents.GetAsync("labour-nec-2020"))!.Contest("nec-clp")!.Candidates[0];
            Assert.Equal(("I will stand up for members.", "women"), (sent.Statement, sent.Groups[0]));
        }
    }
}
