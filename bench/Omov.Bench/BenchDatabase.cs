using Npgsql;

namespace Omov.Bench;

/// <summary>A fresh, empty database on one engine for one benchmark run, removed afterwards.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _cleanup;

    private BenchDatabase(string connection, Func<Task> cleanup)
    {
        Connection = connection;
        _cleanup = cleanup;
    }

    public string Connection { get; }

    /// <summary>A SQLite file in the temp folder, or a new database on the server OMOV_BENCH_POSTGRES (or OMOV_TEST_POSTGRES) names.</summary>
    public static async Task<BenchDatabase> CreateAsync(string engine)
    {
        if (engine == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), "omov-bench", "bench-" + Guid.NewGuid().ToString("N") + ".db");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return new BenchDatabase(path, () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
                {
                    File.Delete(file);
                }

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

    public async ValueTask DisposeAsync() => await _cleanup();

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
