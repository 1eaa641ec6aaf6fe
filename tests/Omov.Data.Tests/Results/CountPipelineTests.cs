using System.Text.Json;
using Omov.Counting.Blt;
using Omov.Counting.Methods;
using Omov.Data.Results;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Elections.Audit;
using Omov.Elections.Events;

namespace Omov.Data.Tests.Results;

public abstract class CountPipelineTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    private static List<string> Elected(string reportJson) =>
        [.. JsonDocument.Parse(reportJson).RootElement.GetProperty("elected").EnumerateArray().Select(e => e.GetString()!)];

    [Fact]
    public async Task CeremonyToDeclaration_TwoOfThreeShares_CountsDeclaresAndPublishesBallots()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync();

        var opened = await new BoxOpeningService(db) { Workers = 2 }.OpenAsync(scenario.Event.Code, [scenario.Share(3), scenario.Share(1)], CountScenario.Scrutineer1);

        Assert.True(opened.Success, opened.Error);
        Assert.Equal([1, 3], opened.Value.Opening.SharesUsed);
        Assert.Equal(9, opened.Value.Opening.BallotsInBox);
        Assert.Equal(0, opened.Value.Opening.BallotsRejected);
        Assert.Equal(BallotEventStatus.Counted, await scenario.StatusAsync());
        var results = await db.Results.ListAsync(scenario.Event.Id);
        Assert.Equal(["leader", "nec"], results.Select(r => r.ContestCode));
        Assert.All(results, r => Assert.Equal(ResultStatus.Provisional, r.Status));
        Assert.Equal(["Cat Cole"], Elected(results[0].ReportJson));
        var nec = Elected(results[1].ReportJson);
        Assert.Equal(3, nec.Count);
        Assert.Contains("Dan Dale", nec);
        Assert.Equal(2, nec.Count(n => n is "Eve Eden" or "Gina Gale"));
        Assert.Equal((9, 1, 0), (results[1].BallotsCast, results[1].Blank, results[1].Spoilt));

        var declared = await new DeclarationService(db).DeclareAsync(scenario.Event.Code, CountScenario.Officer);

        Assert.True(declared.Success, declared.Error);
        Assert.Equal(BallotEventStatus.Declared, await scenario.StatusAsync());
        Assert.All(await db.Results.ListAsync(scenario.Event.Id), r => Assert.Equal(ResultStatus.Declared, r.Status));
        var actions = await db.AuditLog.ReadAllAsync().Select(e => e.Action).ToListAsync();
        Assert.Equal(1, actions.Count(a => a == AuditActions.CeremonyHeld));
        Assert.Equal(3, actions.Count(a => a == AuditActions.ShareCollected));
        Assert.Equal(1, actions.Count(a => a == AuditActions.BoxOpened));
        Assert.Equal(2, actions.Count(a => a == AuditActions.ResultCounted));
        Assert.Equal(1, actions.Count(a => a == AuditActions.ResultDeclared));
    }

    [Fact]
    public async Task OpenAsync_PublishedBlt_RecountsToTheSameResult()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync();
        Assert.True((await new BoxOpeningService(db).OpenAsync(scenario.Event.Code, [scenario.Share(1), scenario.Share(2)], CountScenario.Scrutineer2)).Success);

        var stored = (await db.Results.ListAsync(scenario.Event.Id))[1];
        var blt = await db.Results.GetBltAsync(scenario.Event.Id, "nec");
        var read = BltReader.Parse(blt, "nec.blt");

        Assert.True(read.Success);
        var contest = scenario.Event.Contests[1];
        var recount = CountingMethods.Find("ers97")!.Count(read.Ballots!, Elections.Results.ContestCounting.OptionsFor(contest));
        Assert.Equal(stored.ReportJson, Counting.Reports.JsonReport.ToJson(recount));
        Assert.Equal(9, read.Ballots!.TotalWeight + read.Ballots.EmptyBallots);
    }

    [Fact]
    public async Task OpenAsync_OneShareTooFew_FailsSayingHowManyAndStoresNothing()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync();

        var opened = await new BoxOpeningService(db).OpenAsync(scenario.Event.Code, [scenario.Share(2)], CountScenario.Scrutineer2);

        Assert.False(opened.Success);
        Assert.Equal(ServiceFailure.Invalid, opened.Failure);
        Assert.Equal("2 different shares are needed to open the box; 1 was given.", opened.Error);
        Assert.Equal(BallotEventStatus.Closed, await scenario.StatusAsync());
        Assert.Empty(await db.Results.ListAsync(scenario.Event.Id));
        Assert.Null(await db.Results.GetOpeningAsync(scenario.Event.Id));
        Assert.Null(await db.Results.GetBltAsync(scenario.Event.Id, "leader"));
    }

    [Fact]
    public async Task OpenAsync_WrongPassphrase_NamesTheShareFile()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync();

        var opened = await new BoxOpeningService(db).OpenAsync(scenario.Event.Code, [scenario.Share(1), scenario.Share(2, CountScenario.Passphrase3)], "cli:tester");

        Assert.False(opened.Success);
        Assert.Equal("share-2.json: Share 2 did not unlock: the passphrase is wrong, or the share file has been altered.", opened.Error);
        Assert.DoesNotContain(CountScenario.Passphrase3, opened.Error, StringComparison.Ordinal);
        Assert.Equal(BallotEventStatus.Closed, await scenario.StatusAsync());
    }

    [Fact]
    public async Task OpenAsync_BeforeTheClose_IsRefused()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync([]);
        var open = scenario.Event with { Id = Guid.NewGuid(), Code = "still-open" };
        await db.BallotEvents.AddAsync(open);

        var opened = await new BoxOpeningService(db).OpenAsync("still-open", [scenario.Share(1), scenario.Share(2)], CountScenario.Scrutineer1);

        Assert.Equal(ServiceFailure.Conflict, opened.Failure);
        Assert.Contains("only after the close", opened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_Twice_SecondIsRefused()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync();
        var service = new BoxOpeningService(db);
        Assert.True((await service.OpenAsync(scenario.Event.Code, [scenario.Share(1), scenario.Share(2)], CountScenario.Scrutineer1)).Success);

        var again = await service.OpenAsync(scenario.Event.Code, [scenario.Share(1), scenario.Share(2)], CountScenario.Scrutineer1);

        Assert.Equal(ServiceFailure.Conflict, again.Failure);
    }

    [Fact]
    public async Task OpenAsync_ByAnAdministrator_IsRefusedAndAudited()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync();

        var opened = await new BoxOpeningService(db).OpenAsync(scenario.Event.Code, [scenario.Share(1), scenario.Share(2)], CountScenario.Administrator);

        Assert.Equal(ServiceFailure.Refused, opened.Failure);
        Assert.Equal(AuditActions.AccessRefused, (await db.AuditLog.ReadLatestAsync(1))[0].Action);
        Assert.Equal(BallotEventStatus.Closed, await scenario.StatusAsync());
    }

    [Fact]
    public async Task DeclareAsync_ByAScrutinerOrBeforeTheCount_IsRefused()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync();
        var declaration = new DeclarationService(db);

        Assert.Equal(ServiceFailure.Conflict, (await declaration.DeclareAsync(scenario.Event.Code, CountScenario.Officer)).Failure);
        Assert.True((await new BoxOpeningService(db).OpenAsync(scenario.Event.Code, [scenario.Share(1), scenario.Share(2)], CountScenario.Scrutineer1)).Success);
        Assert.Equal(ServiceFailure.Refused, (await declaration.DeclareAsync(scenario.Event.Code, CountScenario.Scrutineer1)).Failure);

        Assert.Equal(BallotEventStatus.Counted, await scenario.StatusAsync());
        Assert.All(await db.Results.ListAsync(scenario.Event.Id), r => Assert.Equal(ResultStatus.Provisional, r.Status));
    }

    [Fact]
    public async Task CollectAsync_SecondDownload_FindsNothingAndTheServerKeepsNoCopy()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync([]);

        var again = await scenario.Ceremony().CollectAsync(scenario.Event.Code, CountScenario.Scrutineer1);

        Assert.Equal(ServiceFailure.NotFound, again.Failure);
        var ceremony = await db.KeyCeremonies.GetAsync(scenario.Event.Id);
        Assert.Empty(ceremony!.Uncollected);
        Assert.Equal(["sam.one", "sue.two", "sid.three"], ceremony.Record.Holders.Select(h => h.Holder));
        Assert.Equal(2, ceremony.Record.Threshold);
    }

    [Fact]
    public async Task HoldAsync_AfterTheBallotOpened_IsRefused()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await scenario.ToCloseAsync([]);

        var again = await scenario.Ceremony().HoldAsync(scenario.Event.Code, 1, [new ScrutineerChoice("sam.one", CountScenario.Passphrase1)], CountScenario.Officer);

        Assert.Equal(ServiceFailure.Conflict, again.Failure);
    }

    [Fact]
    public async Task HoldAsync_AnAdministratorAsScrutineerAndAWeakPassphrase_ListsBothProblems()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var scenario = new CountScenario(db);
        await db.StaffAccounts.AddAsync(CountScenario.Officer);
        await db.StaffAccounts.AddAsync(CountScenario.Administrator);
        await db.BallotEvents.AddAsync(scenario.Event);

        var held = await scenario.Ceremony().HoldAsync(scenario.Event.Code, 1,
            [new ScrutineerChoice("ada.admin", CountScenario.Passphrase1), new ScrutineerChoice("nobody", "short")], CountScenario.Officer);

        Assert.Equal(ServiceFailure.Invalid, held.Failure);
        Assert.Contains("Scrutineer 1: ada.admin may not hold a key share", held.Error, StringComparison.Ordinal);
        Assert.Contains("Scrutineer 2: no staff account is called 'nobody'", held.Error, StringComparison.Ordinal);
        Assert.Null(await db.KeyCeremonies.GetAsync(scenario.Event.Id));
    }
}

public sealed class SqliteCountPipelineTests : CountPipelineTests<SqliteProvider>;

public sealed class PostgresCountPipelineTests : CountPipelineTests<PostgresProvider>;
