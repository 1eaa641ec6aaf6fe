using Npgsql;

namespace Omov.Data.Tests.Providers;

/// <summary>
/// A new database per test on the PostgreSQL server named by <c>OMOV_TEST_POSTGRES</c>, which
/// <c>./test.sh</c> starts. Without it the tests fail: a storage test never passes by not running.
/// </summary>
public sealed class PostgresProvider : IDatabaseProvider
{
    public const string Variable = "OMOV_TEST_POSTGRES";

    public async Task<TestDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        Assert.False(string.IsNullOrWhiteSpace(server), $"{Variable} is not set: run ./test.sh, which starts a throwaway PostgreSQL, or point it at a server you may create databases on.");
        var name = "omov_t_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        var connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(connection, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(server);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        });
    }
}
