using System.Data.Common;
using DbUp;
using Npgsql;
using NpgsqlTypes;
using Omov.Elections.Register;

namespace Omov.Data.Engines;

/// <summary>PostgreSQL: native date and timestamptz columns; the bulk path is a binary COPY.</summary>
internal sealed class PostgresDialect : Dialect, IDisposable
{
    private static readonly NpgsqlDbType[] s_copyTypes =
    [
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.Date, NpgsqlDbType.TimestampTz, NpgsqlDbType.Date, NpgsqlDbType.Date, NpgsqlDbType.Text,
        NpgsqlDbType.Text, NpgsqlDbType.Text,
        NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz, NpgsqlDbType.TimestampTz,
        NpgsqlDbType.Boolean, NpgsqlDbType.Text,
    ];

    private readonly string _connectionString;
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDialect(string connectionString)
    {
        _connectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public override DatabaseEngine Engine => DatabaseEngine.Postgres;

    public override DbConnection CreateConnection() => _dataSource.CreateConnection();

    public override void Migrate()
    {
        var result = DeployChanges.To.PostgresqlDatabase(_connectionString)
            .WithScriptsEmbeddedInAssembly(typeof(PostgresDialect).Assembly, name => name.Contains(".Migrations.Postgres.", StringComparison.Ordinal))
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

    // EXCLUSIVE allows readers (an export) but no other writer, and is held to the commit; a
    // second appender waits here and then reads the entry the first one wrote.
    public override string? AuditAppendLock => "LOCK TABLE audit_entries IN EXCLUSIVE MODE";

    public override string ForUpdate => " FOR UPDATE";

    public override async Task InsertRollVotersAsync(DbConnection connection, DbTransaction transaction, long rollId, IEnumerable<Omov.Elections.Rolls.RollEntry> voters, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync("COPY roll_voters (roll_id, membership_number, channel) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false);
        long count = 0;
        foreach (var voter in voters)
        {
            // Synchronous writes fill a buffer, as in the member bulk path.
            writer.StartRow();
            writer.Write(rollId, NpgsqlDbType.Bigint);
            writer.Write(voter.MembershipNumber, NpgsqlDbType.Text);
            writer.Write(Omov.Elections.Rolls.RollListing.ChannelName(voter.Channel), NpgsqlDbType.Text);
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    public override bool IsUniqueViolation(DbException exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    public override object Instant(DateTimeOffset? value) => value is { } v ? v.ToUniversalTime() : DBNull.Value;

    public override object Date(DateOnly? value) => value is { } v ? v : DBNull.Value;

    public override DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    public override DateOnly ReadDate(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateOnly>(ordinal);

    public override async Task<long> BulkUpsertAsync(DbConnection connection, DbTransaction transaction, IEnumerable<Member> members, CancellationToken cancellationToken)
    {
        var npgsql = (NpgsqlConnection)connection;
        using (var create = Command(connection, transaction, "CREATE TEMP TABLE members_load (LIKE members) ON COMMIT DROP"))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        long count = 0;
        var values = new object?[MemberColumns.Names.Length];
        await using (var writer = await npgsql.BeginBinaryImportAsync($"COPY members_load ({MemberColumns.List}) FROM STDIN (FORMAT BINARY)", cancellationToken).ConfigureAwait(false))
        {
            foreach (var member in members)
            {
                MemberColumns.Values(this, member, values);
                // Synchronous writes: they only fill a buffer, flushed when full; a Task per field costs more than the I/O.
                writer.StartRow();
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] is null or DBNull)
                    {
                        writer.WriteNull();
                    }
                    else
                    {
                        writer.Write(values[i], s_copyTypes[i]);
                    }
                }

                count++;
                if ((count & 0xFFF) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }
            }

            await writer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }

        var upsert = $"INSERT INTO members ({MemberColumns.List}) SELECT {MemberColumns.List} FROM members_load "
            + "ON CONFLICT (membership_number) DO UPDATE SET "
            + string.Join(", ", MemberColumns.Names.Skip(1).Select(n => $"{n} = excluded.{n}"));
        using (var merge = Command(connection, transaction, upsert))
        {
            merge.CommandTimeout = 0;
            await merge.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        using (var drop = Command(connection, transaction, "DROP TABLE members_load"))
        {
            await drop.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    public void Dispose() => _dataSource.Dispose();
}
