using System.Diagnostics;
using Npgsql;
using Omov.Data;
using Omov.Data.Generation;
using Omov.Data.Register;

namespace Omov.Bench;

/// <summary>
/// One register import in a fresh process: a synthetic register of N members (generated once and
/// kept in the temp folder), imported into an empty database, then imported again (every row an
/// update), with the peak working set. PostgreSQL needs a server: OMOV_BENCH_POSTGRES (or
/// OMOV_TEST_POSTGRES) names one where a database may be created.
/// </summary>
internal static class ImportBench
{
    public static Task<int> RunAsync(string engine, int members) => RunAsync(engine, members, pages: false);

    /// <summary>
    /// With <paramref name="pages"/>, after the import, times what the web's register pages ask
    /// of the database (median of 5 after one warm-up), against counting the members as baseline.
    /// </summary>
    public static async Task<int> RunAsync(string engine, int members, bool pages)
    {
        var folder = Path.Combine(Path.GetTempPath(), "omov-bench", FormattableString.Invariant($"register-{members}"));
        if (!File.Exists(Path.Combine(folder, "members.csv")))
        {
            await new RegisterGenerator(seed: 2026, memberCount: members).WriteCsvAsync(folder);
        }

        string connection;
        Func<Task> cleanup;
        if (engine == "sqlite")
        {
            var path = Path.Combine(Path.GetTempPath(), "omov-bench", "import-" + Guid.NewGuid().ToString("N") + ".db");
            connection = path;
            cleanup = () =>
            {
                Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
                foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, Path.GetFileName(path) + "*"))
                {
                    File.Delete(file);
                }

                return Task.CompletedTask;
            };
        }
        else
        {
            var server = Environment.GetEnvironmentVariable("OMOV_BENCH_POSTGRES") ?? Environment.GetEnvironmentVariable("OMOV_TEST_POSTGRES")
                ?? throw new InvalidOperationException("set OMOV_BENCH_POSTGRES to a PostgreSQL connection string");
            var name = "omov_bench_" + Guid.NewGuid().ToString("N");
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
                await create.ExecuteNonQueryAsync();
            }

            connection = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
            cleanup = async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            };
        }

        try
        {
            using var database = await OmovDatabase.OpenAsync(connection);
            var units = await new UnitImporter(database, TimeProvider.System).ImportAsync(Path.Combine(folder, "units.csv"), new ImportOptions());
            var importer = new MemberImporter(database, TimeProvider.System);
            var stopwatch = Stopwatch.StartNew();
            var first = await importer.ImportAsync(Path.Combine(folder, "members.csv"), new ImportOptions());
            var firstTime = stopwatch.Elapsed;
            stopwatch.Restart();
            var second = await importer.ImportAsync(Path.Combine(folder, "members.csv"), new ImportOptions());
            var secondTime = stopwatch.Elapsed;
            if (!units.Succeeded || !first.Succeeded || !second.Succeeded)
            {
                Console.Error.WriteLine("import reported problems: " + string.Join("; ", units.Problems.Concat(first.Problems).Take(5)));
                return 1;
            }

            if (pages)
            {
                await RegisterPagesBench.RunAsync(database, engine, members);
                return 0;
            }

            using var process = Process.GetCurrentProcess();
            Console.WriteLine(FormattableString.Invariant(
                $"import {engine} {members:N0} members: into an empty database {firstTime.TotalSeconds:F1} s, again (all updates) {secondTime.TotalSeconds:F1} s, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
            return 0;
        }
        finally
        {
            await cleanup();
        }
    }
}
