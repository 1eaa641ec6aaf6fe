using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using OtpNet;

namespace Omov.Web.Tests.Infrastructure;

/// <summary>
/// A real Omov web server on a free localhost port, over a fresh database on the engine the test
/// names (a temp SQLite file, or a new database on the PostgreSQL server ./test.sh starts), with
/// its own secret key file. Disposing stops it and removes everything.
/// </summary>
internal sealed class RunningOmov : IAsyncDisposable
{
    /// <summary>The password every test account gets.</summary>
    public const string Password = "Long-enough-test-password-42";

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly string? _postgresDatabase;

    private RunningOmov(WebApplication app, string folder, string? postgresDatabase, Uri address)
    {
        _app = app;
        _folder = folder;
        _postgresDatabase = postgresDatabase;
        Address = address;
    }

    public Uri Address { get; }

    public OmovDatabase Database => _app.Services.GetRequiredService<OmovDatabase>();

    /// <summary>The app's services (for tests that reach a singleton such as the import holder).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<RunningOmov> StartAsync(DatabaseEngine engine, TimeProvider? time = null, Func<OmovWebOptions, OmovWebOptions>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("omov-web-").FullName;
        string connection;
        string? pgDatabase = null;
        if (engine == DatabaseEngine.Postgres)
        {
            var server = Environment.GetEnvironmentVariable("OMOV_TEST_POSTGRES");
            Assert.False(string.IsNullOrWhiteSpace(server), "OMOV_TEST_POSTGRES is not set: run ./test.sh, which starts a throwaway PostgreSQL.");
            pgDatabase = "omov_web_" + Guid.NewGuid().ToString("N");
            await ExecuteAsync(server!, $"CREATE DATABASE {pgDatabase}");
            connection = new NpgsqlConnectionStringBuilder(server) { Database = pgDatabase }.ToString();
        }
        else
        {
            connection = Path.Combine(folder, "omov.db");
        }

        var options = new OmovWebOptions
        {
            Database = connection,
            Urls = "http://127.0.0.1:0",
            SecretKeyFile = Path.Combine(folder, "secret-key"),
            CookieKeysDirectory = Path.Combine(folder, "cookie-keys"),
            AllowInsecureCookies = true,
            Time = time ?? TimeProvider.System,
            // Tests sign in many times from one address.
            SignInRequestsPerMinute = 10_000,
        };
        var app = await OmovWebApp.BuildAsync(configure is null ? options : configure(options));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningOmov(app, folder, pgDatabase, new Uri(address));
    }

    /// <summary>Adds a staff account; returns its TOTP secret (null: the account must enrol at first sign-in).</summary>
    public async Task<string?> AddStaffAsync(string username, StaffRole role, string? localParty = null, bool enrolled = true)
    {
        var secret = enrolled ? TotpAuthenticator.NewSecret() : null;
        var added = await Database.StaffAccounts.AddAsync(new StaffAccount
        {
            Id = Guid.NewGuid(),
            Username = username,
            DisplayName = "Test " + username,
            Email = username + "@example.org",
            Roles = [role],
            LocalPartyCode = localParty,
            PasswordHash = new PasswordHasher(iterations: 1_000).Hash(Password),
            TotpSecret = secret,
            CreatedAt = TimeProvider.System.GetUtcNow(),
        });
        Assert.True(added);
        return secret;
    }

    /// <summary>The current TOTP code for <paramref name="secret"/>, at the server's idea of now.</summary>
    public static string CodeFor(string secret, DateTimeOffset now) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(now.UtcDateTime);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_postgresDatabase is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(Environment.GetEnvironmentVariable("OMOV_TEST_POSTGRES")!, $"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)");
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform; the temp folder is cleaned eventually.
        }
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var admin = new NpgsqlConnection(server);
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>All audit entries, oldest first.</summary>
    public async Task<List<AuditEntry>> AuditEntriesAsync()
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in Database.AuditLog.ReadAllAsync())
        {
            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Whether <paramref name="status"/> is a redirect.</summary>
    public static bool IsRedirect(HttpStatusCode status) => (int)status is >= 300 and < 400;
}
