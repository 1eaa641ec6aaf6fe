using Microsoft.Data.Sqlite;

namespace Omov.Data.Tests.Providers;

/// <summary>A new SQLite file in a temp folder per test.</summary>
public sealed class SqliteProvider : IDatabaseProvider
{
    public Task<TestDatabase> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "omov-data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "omov.db");
        return Task.FromResult(new TestDatabase(path, () =>
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
            return Task.CompletedTask;
        }));
    }
}
