using Omov.Data;
using Omov.Elections.Audit;

namespace Omov.Cli.Tests.Commands;

public sealed class EventCommandTests
{
    [Fact]
    public void Presets_ListsLabour2020Events()
    {
        var run = CliRun.Of("event", "presets").AssertSuccess();

        Assert.Contains("labour-leadership-2020", run.Out, StringComparison.Ordinal);
        Assert.Contains("NEC: Constituency Labour Party section (ers97)", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ThenShow_PrintsLocalTimetableContestsAndAudits()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");

        CliRun.Of("event", "create", "--preset", "labour-leadership-2020", "--db", db).AssertSuccess();
        var show = CliRun.Of("event", "show", "labour-leadership-2020", "--db", db).AssertSuccess();
        var list = CliRun.Of("event", "list", "--db", db).AssertSuccess();

        // Noon on 2 Apr 2020 in London (BST), shown as local time.
        Assert.Contains("close                  Thu 2 Apr 2020 12:00", show.Out, StringComparison.Ordinal);
        Assert.Contains("  5. Angela Rayner", show.Out, StringComparison.Ordinal);
        Assert.Contains("Ready to schedule once every roll is approved.", show.Out, StringComparison.Ordinal);
        Assert.Contains("labour-leadership-2020  draft  closes Thu 2 Apr 2020 12:00", list.Out, StringComparison.Ordinal);
        using var database = await OmovDatabase.OpenAsync(db);
        var entries = await database.AuditLog.ReadLatestAsync(5);
        Assert.Contains(entries, e => e.Action == AuditActions.EventCreated && e.Subject == "labour-leadership-2020");
    }

    [Fact]
    public void Show_NecWithoutCandidates_SaysWhatStopsScheduling()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        CliRun.Of("event", "create", "--preset", "labour-nec-2020", "--db", db).AssertSuccess();

        var show = CliRun.Of("event", "show", "labour-nec-2020", "--db", db).AssertSuccess();

        Assert.Contains("at least 4 women", show.Out, StringComparison.Ordinal);
        Assert.Contains("  - NEC: Constituency Labour Party section: 0 candidates for 9 seats", show.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("event", "create", "--preset", "no-such-preset")]
    [InlineData("event", "create", "--preset", "labour-nec-2020", "--code", "Bad Code")]
    [InlineData("event", "show", "missing")]
    public void BadInput_OneLineExit2(params string[] args)
    {
        using var folder = new TempFolder();

        CliRun.Of([.. args, "--db", folder.File("omov.db")]).AssertBadInput();
    }

    [Fact]
    public async Task Create_TakenCode_OnPostgres_IsBadInput()
    {
        await TestPostgres.WithDatabaseAsync(connection =>
        {
            CliRun.Of("event", "create", "--preset", "labour-nec-2020", "--db", connection).AssertSuccess();
            var again = CliRun.Of("event", "create", "--preset", "labour-nec-2020", "--db", connection).AssertBadInput();
            Assert.Contains("already exists", again.Error, StringComparison.Ordinal);
        });
    }
}
