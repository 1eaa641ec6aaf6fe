using Npgsql;

namespace Omov.Bench;

/// <summary>A fresh database for one bench run on either engine, removed after. PostgreSQL needs OMOV_BENCH_POSTGRES (or OMOV_TEST_POSTGRES).</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _remove;

    private BenchDatabase(string connection, Func<Task> remove)
    {
        Connection = connection;
        _remove = remove;
    }

    public string Connection { get; }

    public static async Task<BenchDatabase> CreateAsync(string engine)
    {
        if (engine == "sqlite")
        {
            var folder = Path.Combine(Path.GetTempPath(), "omov-bench", "db-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            return new BenchDatabase(Path.Combine(folder, "omov.db"), () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                Directory.Delete(folder, recursive: true);
                return Task.CompletedTask;
            });
        }

        var server = Environment.GetEnvironmentVariable("OMOV_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("OMOV_TEST_POSTGRES")
            ?? throw new InvalidOperationException("set OMOV_BENCH_POSTGRES to a PostgreSQL connection string");
        var name = "omov_bench_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        return new BenchDatabase(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString(), async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        });
    }

    public async ValueTask DisposeAsync() => await _remove();

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
