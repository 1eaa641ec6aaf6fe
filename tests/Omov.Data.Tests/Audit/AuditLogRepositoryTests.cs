using System.Data.Common;
using Omov.Data.Tests.Providers;
using Omov.Elections.Audit;

namespace Omov.Data.Tests.Audit;

public abstract class AuditLogRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task AppendAsync_ThenExport_VerifiesAndRoundTrips()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var first = await db.AuditLog.AppendAsync("cli:alice", AuditActions.MembersImported, "members.csv", new Dictionary<string, string> { ["rows"] = "12" });
        var second = await db.AuditLog.AppendAsync("cli:alice", AuditActions.MemberViewed, "L0000001", new Dictionary<string, string> { ["welsh"] = "Ŵŷ \"quoted\"\n" });
        var third = await db.AuditLog.AppendAsync(AuditActors.System, AuditActions.RollFrozen, string.Empty);

        var export = new StringWriter();
        var count = await db.AuditLog.ExportAsync(export);

        Assert.Equal(3, count);
        Assert.Equal([1L, 2L, 3L], [first.Sequence, second.Sequence, third.Sequence]);
        Assert.Equal(AuditChain.GenesisHash, first.PreviousHash);
        Assert.Equal(first.Hash, second.PreviousHash);
        var expected = new StringWriter();
        AuditLogFile.Write([first, second, third], expected);
        Assert.Equal(expected.ToString(), export.ToString());
        var read = AuditLogFile.Read(new StringReader(export.ToString()));
        Assert.True(read.Success);
        var verification = AuditChain.Verify(read.Entries);
        Assert.True(verification.IsValid, verification.Reason);
        Assert.Equal(third.Hash, verification.LastHash);
        Assert.Equal("Ŵŷ \"quoted\"\n", read.Entries[1].Details["welsh"]);
    }

    [Fact]
    public async Task AppendAsync_AfterReopen_ContinuesTheChain()
    {
        await using var test = await _provider.CreateAsync();
        using (var db = await test.OpenAsync())
        {
            await db.AuditLog.AppendAsync("cli:alice", AuditActions.MembersExported, "out.csv");
        }

        using var again = await test.OpenAsync();
        var next = await again.AuditLog.AppendAsync("cli:bob", AuditActions.MemberViewed, "L0000002");

        Assert.Equal(2, next.Sequence);
        var verification = AuditChain.Verify(await again.AuditLog.ReadAllAsync().ToListAsync());
        Assert.True(verification.IsValid, verification.Reason);
    }

    [Fact]
    public async Task AppendAsync_ManyTasksAtOnce_GaplessVerifiedChain()
    {
        await using var test = await _provider.CreateAsync();
        // Separate OmovDatabase instances stand in for separate processes: nothing is shared but the database.
        var databases = new List<OmovDatabase>();
        for (var i = 0; i < 4; i++)
        {
            databases.Add(await test.OpenAsync());
        }

        try
        {
            var appends = Enumerable.Range(0, 40).Select(i => Task.Run(() =>
                databases[i % databases.Count].AuditLog.AppendAsync("cli:load", AuditActions.MemberViewed, $"L{i:D7}")));
            var entries = await Task.WhenAll(appends);

            Assert.Equal(Enumerable.Range(1, 40).Select(n => (long)n), entries.Select(e => e.Sequence).Order());
            var stored = await databases[0].AuditLog.ReadAllAsync().ToListAsync();
            Assert.Equal(40, stored.Count);
            var verification = AuditChain.Verify(stored);
            Assert.True(verification.IsValid, verification.Reason);
        }
        finally
        {
            foreach (var db in databases)
            {
                db.Dispose();
            }
        }
    }

    [Fact]
    public async Task Table_UpdateOrDelete_IsRefused()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.AuditLog.AppendAsync("cli:alice", AuditActions.MemberViewed, "L0000001");
        await using var connection = await db.OpenConnectionAsync();

        foreach (var sql in new[] { "UPDATE audit_entries SET actor = 'mallory'", "DELETE FROM audit_entries" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            await Assert.ThrowsAnyAsync<DbException>(() => command.ExecuteNonQueryAsync());
        }

        Assert.Equal(1, await db.AuditLog.CountAsync());
    }

    [Fact]
    public async Task AppendAsync_SecretDetail_ThrowsAndStoresNothing()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() =>
            db.AuditLog.AppendAsync("cli:alice", AuditActions.StaffCreated, "alice", new Dictionary<string, string> { ["password"] = "x" }));

        Assert.Equal(0, await db.AuditLog.CountAsync());
    }
}
