using Npgsql;

namespace Omov.Cli.Tests;

/// <summary>A fresh database on the PostgreSQL server ./test.sh starts, dropped after use. A missing server is a failure, not a skip.</summary>
internal static class TestPostgres
{
    public static async Task WithDatabaseAsync(Action<string> test)
    {
        var server = Environment.GetEnvironmentVariable("OMOV_TEST_POSTGRES");
        Assert.False(string.IsNullOrWhiteSpace(server), "OMOV_TEST_POSTGRES is not set: run ./test.sh, which starts a throwaway PostgreSQL.");
        var name = "omov_cli_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(server, $"CREATE DATABASE {name}");
        try
        {
            test(new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString());
        }
        finally
        {
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }
}
