using Omov.Data.Tests.Providers;
using Omov.Elections.Messages;

namespace Omov.Data.Tests.Messages;

public abstract class SubscriptionRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task TokensAsync_AskedTwice_SameTokenPerMemberAndDistinctBetweenMembers()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();

        var first = await db.Subscriptions.TokensAsync(["A1", "A2"]);
        var second = await db.Subscriptions.TokensAsync(["A2", "A3"]);

        Assert.Equal(first["A2"], second["A2"]);
        Assert.Equal(3, new[] { first["A1"], first["A2"], second["A3"] }.Distinct().Count());
        Assert.All(second.Values, t => Assert.True(UnsubscribeToken.IsWellFormed(t)));
        Assert.Empty(await db.Subscriptions.TokensAsync([]));
    }

    [Fact]
    public async Task TokensAsync_ConcurrentCallers_AgreeOnOneToken()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();

        var all = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => Task.Run(() => db.Subscriptions.TokensAsync(["B1", "B2", "B3"]))));

        Assert.Single(all.Select(t => t["B1"]).Distinct());
        Assert.Single(all.Select(t => t["B3"]).Distinct());
    }

    [Fact]
    public async Task SetAsync_UnsubscribeThenAgainThenResubscribe_ChangesOnlyWhenItChanges()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var tokens = await db.Subscriptions.TokensAsync(["C1", "C2"]);

        Assert.Equal("C1", await db.Subscriptions.SetAsync(tokens["C1"], unsubscribe: true));
        Assert.Null(await db.Subscriptions.SetAsync(tokens["C1"], unsubscribe: true));
        Assert.Equal(["C1"], await db.Subscriptions.UnsubscribedAsync());
        Assert.Equal(("C1", true), await db.Subscriptions.FindAsync(tokens["C1"]));
        Assert.Equal(("C2", false), await db.Subscriptions.FindAsync(tokens["C2"]));

        Assert.Equal("C1", await db.Subscriptions.SetAsync(tokens["C1"], unsubscribe: false));
        Assert.Empty(await db.Subscriptions.UnsubscribedAsync());
    }

    [Fact]
    public async Task FindAsync_UnknownToken_Null()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();

        Assert.Null(await db.Subscriptions.FindAsync(UnsubscribeToken.New()));
        Assert.Null(await db.Subscriptions.SetAsync(UnsubscribeToken.New(), unsubscribe: true));
    }
}
