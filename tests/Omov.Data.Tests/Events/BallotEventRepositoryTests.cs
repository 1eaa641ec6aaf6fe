using System.Text.Json;
using Omov.Data.Tests.Providers;
using Omov.Elections.Events;

namespace Omov.Data.Tests.Events;

public abstract class BallotEventRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    private static BallotEvent Leadership() => EventPresets.Leadership2020() with { Id = Guid.NewGuid() };

    // Records hold lists, so compare what a person would see: the whole event as JSON.
    private static string Show(BallotEvent? e) => JsonSerializer.Serialize(e);

    [Fact]
    public async Task AddAsync_WholeDefinition_RoundTrips()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var ballot = Leadership() with { Contests = [.. Leadership().Contests, EventPresets.Nec2020().Contests[0]] };

        Assert.True(await db.BallotEvents.AddAsync(ballot));

        Assert.Equal(Show(ballot), Show(await db.BallotEvents.GetAsync(ballot.Code)));
        Assert.Equal(Show(ballot), Show(await db.BallotEvents.GetAsync(ballot.Id)));
        Assert.Null(await db.BallotEvents.GetAsync("nothing"));
        Assert.False(await db.BallotEvents.AddAsync(ballot with { Id = Guid.NewGuid() }));
    }

    [Fact]
    public async Task UpdateDraftAsync_OnlyWhileDraft()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var ballot = Leadership();
        await db.BallotEvents.AddAsync(ballot);

        Assert.True(await db.BallotEvents.UpdateDraftAsync(ballot with { Title = "Changed" }));
        Assert.True(await db.BallotEvents.ChangeStatusAsync(ballot.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled));
        Assert.False(await db.BallotEvents.UpdateDraftAsync(ballot with { Title = "Too late" }));

        var stored = await db.BallotEvents.GetAsync(ballot.Id);
        Assert.Equal("Changed", stored!.Title);
        Assert.Equal(BallotEventStatus.Scheduled, stored.Status);
    }

    [Fact]
    public async Task ChangeStatusAsync_ConcurrentMovesFromOneStatus_ExactlyOneWins()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var ballot = Leadership();
        await db.BallotEvents.AddAsync(ballot);

        var moves = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => db.BallotEvents.ChangeStatusAsync(ballot.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled))));

        Assert.Equal(1, moves.Count(m => m));
        Assert.False(await db.BallotEvents.ChangeStatusAsync(ballot.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled));
    }

    [Fact]
    public async Task ListAsync_LatestCloseFirst()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.BallotEvents.AddAsync(Leadership());
        await db.BallotEvents.AddAsync(EventPresets.Nec2020() with { Id = Guid.NewGuid() });

        var events = await db.BallotEvents.ListAsync();

        Assert.Equal(["labour-nec-2020", "labour-leadership-2020"], events.Select(e => e.Code));
    }
}

public sealed class SqliteBallotEventRepositoryTests : BallotEventRepositoryTests<SqliteProvider>;

public sealed class PostgresBallotEventRepositoryTests : BallotEventRepositoryTests<PostgresProvider>;
