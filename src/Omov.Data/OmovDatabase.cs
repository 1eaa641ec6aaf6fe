using System.Data.Common;
using Omov.Data.Engines;
using Omov.Data.Nominations;
using Omov.Data.Meetings;
using Omov.Data.Issuing;
using Omov.Data.Messages;
using Omov.Data.Outbox;
using Omov.Data.Reissue;
using Omov.Data.Repositories;
using Omov.Data.Voting;
using Omov.Data.Secrets;

namespace Omov.Data;

/// <summary>
/// Omov's database on either engine. <c>OpenAsync</c> brings the schema up to date (creating
/// a SQLite file on first use), so a caller never meets an old schema.
/// </summary>
public sealed class OmovDatabase : IDisposable
{
    private OmovDatabase(Dialect dialect, TimeProvider time, string secretKeyFile)
    {
        Dialect = dialect;
        SecretKeyPath = secretKeyFile;
        // Loaded (or created) only when a secret is first protected or opened.
        var secrets = new Lazy<SecretProtector>(() => SecretKeyFile.LoadOrCreate(secretKeyFile));
        AuditLog = new AuditLogRepository(dialect, time);
        StaffAccounts = new StaffAccountRepository(dialect, secrets);
        Units = new OrganisationUnitRepository(dialect);
        Members = new MemberRepository(dialect);
        ImportRuns = new ImportRunRepository(dialect);
        BallotEvents = new BallotEventRepository(dialect, time);
        Contests = new ContestRepository(dialect);
        Rolls = new RollRepository(dialect);
        Nominations = new NominationRepository(dialect);
        Time = time;
        EmailOutbox = new EmailOutboxRepository(dialect, time);
        KeyCeremonies = new KeyCeremonyRepository(dialect);
        Results = new ResultRepository(dialect);
        Votes = new VotingRepository(dialect);
        Delegates = new Delegates.DelegateRepository(dialect);
        Meetings = new MeetingRepository(dialect);
        Issuing = new IssuingRepository(dialect, Votes, EmailOutbox);
        Messages = new MessageRepository(dialect, time);
        Subscriptions = new SubscriptionRepository(dialect, time);
        Reissues = new ReissueRepository(dialect);
        ReminderRounds = new ReminderRoundRepository(dialect);
    }

    /// <summary>Key ceremony records and share files awaiting their holders.</summary>
    public KeyCeremonyRepository KeyCeremonies { get; }

    /// <summary>Box openings, contest results and the anonymised opened ballots.</summary>
    public ResultRepository Results { get; }

    /// <summary>The key file that protects stored secrets (see <see cref="SecretKeyFile"/>).</summary>
    public string SecretKeyPath { get; }

    /// <summary>Contests and their rulebooks.</summary>
    public ContestRepository Contests { get; }

    /// <summary>Nomination periods, candidates, nominating bodies and nominations.</summary>
    public NominationRepository Nominations { get; }

    /// <summary>Frozen and approved rolls.</summary>
    public RollRepository Rolls { get; }

    /// <summary>The clock this database stamps audit entries by; services take their time from it too.</summary>
    public TimeProvider Time { get; }

    /// <summary>Which engine this is.</summary>
    public DatabaseEngine Engine => Dialect.Engine;

    /// <summary>Organisation units.</summary>
    public OrganisationUnitRepository Units { get; }

    /// <summary>Members.</summary>
    public MemberRepository Members { get; }

    /// <summary>The record of imports.</summary>
    public ImportRunRepository ImportRuns { get; }

    /// <summary>Ballot events.</summary>
    public BallotEventRepository BallotEvents { get; }

    /// <summary>The hash-chained audit log.</summary>
    public AuditLogRepository AuditLog { get; }

    /// <summary>Staff accounts.</summary>
    public StaffAccountRepository StaffAccounts { get; }

    /// <summary>The durable email outbox.</summary>
    public EmailOutboxRepository EmailOutbox { get; }

    /// <summary>Event voters, their voting codes (as hashes) and the sealed ballot box.</summary>
    public VotingRepository Votes { get; }

    /// <summary>Conference delegates: counts, entitlement snapshots, delegate elections.</summary>
    public Delegates.DelegateRepository Delegates { get; }

    /// <summary>Nomination meetings: attendance, rounds and nominations.</summary>
    public MeetingRepository Meetings { get; }

    /// <summary>Who still needs a ballot in an event, and the transaction that issues a batch of them.</summary>
    public IssuingRepository Issuing { get; }

    /// <summary>Notices and bulk messages to segments of the register.</summary>
    public MessageRepository Messages { get; }

    /// <summary>Members' unsubscribe tokens and unsubscribes from optional messages.</summary>
    public SubscriptionRepository Subscriptions { get; }

    /// <summary>Self-service reissue requests and the queue of postal replacements.</summary>
    public ReissueRepository Reissues { get; }

    /// <summary>Reminder rounds.</summary>
    public ReminderRoundRepository ReminderRounds { get; }

    internal Dialect Dialect { get; }

    /// <summary>
    /// Which engine <paramref name="connection"/> names: PostgreSQL for a connection string with
    /// <c>Host=</c>, otherwise SQLite (a file path or a <c>Data Source=</c> string).
    /// </summary>
    public static DatabaseEngine EngineOf(string connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return connection.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? DatabaseEngine.Postgres : DatabaseEngine.Sqlite;
    }

    /// <summary>Opens the database <paramref name="connection"/> names and runs any migrations it lacks.</summary>
    public static Task<OmovDatabase> OpenAsync(string connection, CancellationToken cancellationToken = default) =>
        OpenAsync(connection, TimeProvider.System, cancellationToken);

    /// <summary>Opens the database, timestamping audit entries by <paramref name="time"/>.</summary>
    public static Task<OmovDatabase> OpenAsync(string connection, TimeProvider time, CancellationToken cancellationToken = default) =>
        OpenAsync(connection, time, secretKeyFile: null, cancellationToken);

    /// <summary>
    /// Opens the database with stored secrets protected by the key in <paramref name="secretKeyFile"/>
    /// (null: <see cref="SecretKeyFile.DefaultPath"/>).
    /// </summary>
    public static async Task<OmovDatabase> OpenAsync(string connection, TimeProvider time, string? secretKeyFile, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentException.ThrowIfNullOrWhiteSpace(connection);
        Dialect dialect = EngineOf(connection) == DatabaseEngine.Postgres
            ? new PostgresDialect(connection)
            : new SqliteDialect(connection.Contains("Data Source=", StringComparison.OrdinalIgnoreCase) ? connection : "Data Source=" + connection);
        // DbUp is synchronous; run it off the caller's thread.
        await Task.Run(dialect.Migrate, cancellationToken).ConfigureAwait(false);
        return new OmovDatabase(dialect, time, secretKeyFile ?? SecretKeyFile.DefaultPath(connection, dialect.Engine));
    }

    /// <summary>An open connection, for callers composing their own transaction.</summary>
    public async Task<DbConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = Dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>
    /// Begins a write transaction on <paramref name="connection"/> the way the repositories do
    /// (SQLite: BEGIN IMMEDIATE), for a caller composing several repositories' writes.
    /// </summary>
    public Task<DbTransaction> BeginWriteAsync(DbConnection connection, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return Dialect.BeginWriteAsync(connection, cancellationToken);
    }

    public void Dispose() => (Dialect as IDisposable)?.Dispose();
}
