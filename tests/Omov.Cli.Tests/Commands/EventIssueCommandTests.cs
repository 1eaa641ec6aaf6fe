using Omov.Data;
using Omov.Data.Generation;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Rulebooks;

namespace Omov.Cli.Tests.Commands;

public sealed class EventIssueCommandTests
{
    private const string RollContest = "labour-leader-deputy-2020";

    /// <summary>A generated register, the leadership roll frozen and approved, the 2020 event scheduled (its dates are past, as a real clock sees them).</summary>
    private static async Task ScheduledEventAsync(string connection)
    {
        using var db = await OmovDatabase.OpenAsync(connection);
        var generator = new RegisterGenerator(seed: 11, memberCount: 150);
        await db.Units.UpsertAsync(generator.Units);
        await db.Members.BulkUpsertAsync(generator.Members());
        Assert.True((await new ContestService(db).AddAsync(RollContest, "Leader and Deputy", Presets.Find(RollContest)!.Rulebook, "cli:test")).Success);
        var frozen = (await new RollService(db).FreezeAsync(RollContest, "cli:test")).Value!;
        Assert.True(await db.Rolls.ApproveAsync(frozen.Stored.Id, frozen.Stored.Digest, "ro", db.Time.GetUtcNow()));
        var ballotEvent = EventPresets.Leadership2020() with { Id = Guid.NewGuid() };
        Assert.True(await db.BallotEvents.AddAsync(ballotEvent));
        Assert.True(await db.BallotEvents.ChangeStatusAsync(ballotEvent.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled));
    }

    private static async Task IssueFiguresAndMoveAsync(string connection, string postFolder)
    {
        await ScheduledEventAsync(connection);

        var issue = CliRun.Of("event", "issue", "labour-leadership-2020", "--voting-page", "https://vote.example.org/v", "--post-folder", postFolder, "--db", connection).AssertSuccess();
        var again = CliRun.Of("event", "issue", "labour-leadership-2020", "--db", connection).AssertSuccess();
        var figures = CliRun.Of("event", "figures", "labour-leadership-2020", "--db", connection).AssertSuccess();
        var move = CliRun.Of("event", "move", "labour-leadership-2020", "open", "--db", connection).AssertBadInput();

        Assert.Matches(@"Emails queued: [1-9]\d*\. Postal packs: [1-9]\d*\.", issue.Out);
        Assert.Contains("Print files: 1 ", issue.Out, StringComparison.Ordinal);
        Assert.Contains("Emails queued: 0. Postal packs: 0.", again.Out, StringComparison.Ordinal);
        Assert.Matches(@"issued          [1-9]\d*\n", figures.Out.ReplaceLineEndings("\n"));
        Assert.Contains("voted           0", figures.Out, StringComparison.Ordinal);
        Assert.Contains("key ceremony has not been held", move.Error, StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(postFolder, "*-manifest.csv"));
        using var db = await OmovDatabase.OpenAsync(connection);
        var entries = await db.AuditLog.ReadLatestAsync(10);
        Assert.Equal(2, entries.Count(e => e.Action == AuditActions.EventCredentialsIssued));
        Assert.DoesNotContain(entries, e => e.Action == AuditActions.EventStatusChanged);
    }

    [Fact]
    public async Task IssueFiguresMove_Sqlite_IssuesOnceCountsAndRefusesToOpenWithoutCeremony()
    {
        using var folder = new TempFolder();
        await IssueFiguresAndMoveAsync(folder.File("omov.db"), folder.File("post"));
    }

    [Fact]
    public async Task IssueFiguresMove_Postgres_IssuesOnceCountsAndRefusesToOpenWithoutCeremony()
    {
        using var folder = new TempFolder();
        await TestPostgres.WithDatabaseAsync(connection => IssueFiguresAndMoveAsync(connection, folder.File("post")).GetAwaiter().GetResult());
    }

    [Theory]
    [InlineData("event", "issue", "missing")]
    [InlineData("event", "move", "missing", "scheduled")]
    [InlineData("event", "move", "missing", "sideways")]
    [InlineData("event", "figures", "missing")]
    [InlineData("event", "issue", "missing", "--voting-page", "not a url")]
    public void BadInput_OneLineExit2(params string[] args)
    {
        using var folder = new TempFolder();

        CliRun.Of([.. args, "--db", folder.File("omov.db")]).AssertBadInput();
    }

    [Fact]
    public void Move_DraftBeforeRollsApproved_RefusedNamingTheRoll()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        CliRun.Of("event", "create", "--preset", "labour-leadership-2020", "--db", db).AssertSuccess();

        var move = CliRun.Of("event", "move", "labour-leadership-2020", "scheduled", "--db", db).AssertBadInput();

        Assert.Contains("The roll of labour-leader-deputy-2020 has not been approved", move.Error, StringComparison.Ordinal);
    }
}
