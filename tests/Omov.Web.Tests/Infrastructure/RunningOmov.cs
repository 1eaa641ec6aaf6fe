using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Omov.Data.Tests.Providers;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using OtpNet;

namespace Omov.Web.Tests.Infrastructure;

/// <summary>
/// A real Omov web server on a free localhost port, over a fresh database on the engine the test
/// names (from the storage tests' providers: a temp SQLite file, or a new database on the
/// PostgreSQL server ./test.sh starts), with its own secret key file. Disposing stops it and removes everything.
/// </summary>
internal sealed class RunningOmov : IAsyncDisposable
{
    /// <summary>The password every test account gets.</summary>
    public const string Password = "Long-enough-test-password-42";

    private readonly WebApplication _app;
    private readonly string _folder;
    private readonly TestDatabase _database;

    private RunningOmov(WebApplication app, string folder, TestDatabase database, Uri address)
    {
        _app = app;
        _folder = folder;
        _database = database;
        Address = address;
    }

    public Uri Address { get; }

    public OmovDatabase Database => _app.Services.GetRequiredService<OmovDatabase>();

    /// <summary>The app's services (for tests that reach a singleton such as the import holder).</summary>
    public IServiceProvider Services => _app.Services;

    public static async Task<RunningOmov> StartAsync(DatabaseEngine engine, TimeProvider? time = null, Func<OmovWebOptions, OmovWebOptions>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("omov-web-").FullName;
        IDatabaseProvider provider = engine == DatabaseEngine.Postgres ? new PostgresProvider() : new SqliteProvider();
        var database = await provider.CreateAsync();
        var options = new OmovWebOptions
        {
            Database = database.Connection,
            Urls = "http://127.0.0.1:0",
            SecretKeyFile = database.SecretKeyFile,
            CookieKeysDirectory = Path.Combine(folder, "cookie-keys"),
            AllowInsecureCookies = true,
            Time = time ?? TimeProvider.System,
            // Tests sign in many times from one address.
            SignInRequestsPerMinute = 10_000,
        };
        var app = await OmovWebApp.BuildAsync(configure is null ? options : configure(options));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningOmov(app, folder, database, new Uri(address));
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
        await _database.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open on this platform; the temp folder is cleaned eventually.
        }
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
