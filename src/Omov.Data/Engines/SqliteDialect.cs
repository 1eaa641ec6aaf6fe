using System.Data.Common;
using System.Globalization;
using DbUp;
using Microsoft.Data.Sqlite;
using Omov.Elections.Register;

namespace Omov.Data.Engines;

/// <summary>
/// SQLite: one file in WAL mode. Dates are ISO text (instants always in UTC with a fixed number of
/// fraction digits), so comparing the text compares the moments.
/// </summary>
internal sealed class SqliteDialect : Dialect
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";
    private readonly string _connectionString;

    public SqliteDialect(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Pooling = true, DefaultTimeout = 60 };
        _connectionString = builder.ToString();
    }

    public override DatabaseEngine Engine => DatabaseEngine.Sqlite;

    public override DbConnection CreateConnection() => new SqliteConnection(_connectionString);

    public override void Migrate()
    {
        using (var connection = new SqliteConnection(_connectionString))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            // WAL is a property of the file: set once, kept by every later connection.
            command.CommandText = "PRAGMA journal_mode=WAL;";
            command.ExecuteNonQuery();
        }

        var result = DeployChanges.To.SqliteDatabase(_connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(SqliteDialect).Assembly, name => name.Contains(".Migrations.Sqlite.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build()
            .PerformUpgrade();
        if (!result.Successful)
        {
            throw new InvalidOperationException(
                result.ErrorScript is null ? result.Error?.Message ?? "migration failed" : $"migration {result.ErrorScript.Name} failed: {result.Error?.Message}",
                result.Error);
        }
    }

    // BEGIN IMMEDIATE: the write lock is taken before the last entry is read, so a second
    // appender waits (up to the busy timeout) instead of reading the same last entry.
    public override Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken) =>
        Task.FromResult<DbTransaction>(((SqliteConnection)connection).BeginTransaction(deferred: false));

    public override Task InsertRollVotersAsync(DbConnection connection, DbTransaction transaction, long rollId, IEnumerable<Omov.Elections.Rolls.RollEntry> voters, CancellationToken cancellationToken)
    {
        using var command = Command(connection, transaction, "INSERT INTO roll_voters (roll_id, membership_number, channel) VALUES (@roll, @number, @channel)");
        var roll = command.CreateParameter();
        roll.ParameterName = "@roll";
        roll.Value = rollId;
        var number = command.CreateParameter();
        number.ParameterName = "@number";
        var channel = command.CreateParameter();
        channel.ParameterName = "@channel";
        command.Parameters.Add(roll);
        command.Parameters.Add(number);
        command.Parameters.Add(channel);
        command.Prepare();
        long count = 0;
        foreach (var voter in voters)
        {
            number.Value = voter.MembershipNumber;
            channel.Value = Omov.Elections.Rolls.RollListing.ChannelName(voter.Channel);
            // Synchronous, as in the member bulk path: no Task per row.
            command.ExecuteNonQuery();
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        return Task.CompletedTask;
    }

    // SQLITE_CONSTRAINT_PRIMARYKEY and SQLITE_CONSTRAINT_UNIQUE.
    public override bool IsUniqueViolation(DbException exception) => exception is SqliteException { SqliteExtendedErrorCode: 1555 or 2067 };

    public override object Instant(DateTimeOffset? value) =>
        value is { } v ? v.UtcDateTime.ToString(InstantFormat, CultureInfo.InvariantCulture) : DBNull.Value;

    public override object Date(DateOnly? value) =>
        value is { } v ? v.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : DBNull.Value;

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => IsoText.ParseInstant(reader.GetString(ordinal));

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) => IsoText.ParseDate(reader.GetString(ordinal));

    public override async Task BeforeBulkAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        // A bigger page cache and in-memory temp storage for the load; WAL with synchronous=NORMAL
        // stays safe against corruption and syncs once at the commit rather than per page.
        using var pragmas = Command(connection, null, "PRAGMA synchronous=NORMAL; PRAGMA cache_size=-65536; PRAGMA temp_store=MEMORY;");
        await pragmas.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public override Task<long> BulkUpsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        // Into an empty table (a first import), rows go in faster without the secondary indexes,
        // which are then built once, sorted; their definitions come from the schema itself. All
        // of this is inside the transaction, so a rollback restores them.
        var indexes = new List<string>();
        using (var empty = Command(connection, transaction, "SELECT NOT EXISTS (SELECT 1 FROM members)"))
        {
            if (Convert.ToInt64(empty.ExecuteScalar(), CultureInfo.InvariantCulture) == 1)
            {
                using var list = Command(connection, transaction, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'members' AND sql IS NOT NULL");
                var names = new List<string>();
                using (var reader = list.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        names.Add(reader.GetString(0));
                        indexes.Add(reader.GetString(1));
                    }
                }

                foreach (var name in names)
                {
                    using var drop = Command(connection, transaction, "DROP INDEX \"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
                    drop.ExecuteNonQuery();
                }
            }
        }

        using var command = Command(connection, transaction, MemberColumns.Upsert);
        var parameters = new DbParameter[MemberColumns.Names.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = "@" + MemberColumns.Names[i];
            command.Parameters.Add(parameters[i]);
        }

        command.Prepare();
        var values = new object?[parameters.Length];
        long count = 0;
        foreach (var member in members)
        {
            MemberColumns.Values(this, member, values);
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            // Synchronous on purpose: SQLite has no asynchronous I/O, and the Task per row costs time.
            command.ExecuteNonQuery();
            count++;
            if ((count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        foreach (var index in indexes)
        {
            using var create = Command(connection, transaction, index);
            create.ExecuteNonQuery();
        }

        return Task.FromResult(count);
    }
}
