namespace Omov.Web;

/// <summary>What <see cref="OmovWebApp"/> needs to start.</summary>
public sealed record OmovWebOptions
{
    /// <summary>The database: a SQLite file or a PostgreSQL connection string.</summary>
    public required string Database { get; init; }

    /// <summary>Where to listen, e.g. <c>http://127.0.0.1:5000</c>; port 0 picks a free port.</summary>
    public string Urls { get; init; } = "http://127.0.0.1:5000";

    /// <summary>The key file that protects stored secrets; null for the default beside the database.</summary>
    public string? SecretKeyFile { get; init; }

    /// <summary>
    /// Where ASP.NET Core keeps the keys that sign cookies and anti-forgery tokens; null for a
    /// folder beside the secret key file. Servers behind one load balancer share it.
    /// </summary>
    public string? CookieKeysDirectory { get; init; }

    /// <summary>The clock; tests pass a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// Whether cookies may travel over plain HTTP (local use and tests). Off by default: staff
    /// cookies are HTTPS-only unless this is set.
    /// </summary>
    public bool AllowInsecureCookies { get; init; }

    /// <summary>Requests per minute each client address may make to the sign-in pages.</summary>
    public int SignInRequestsPerMinute { get; init; } = 20;

    /// <summary>
    /// The largest register file the import page accepts, in bytes (1 GiB by default). Uploads are
    /// streamed to a temporary file, never held in memory.
    /// </summary>
    public long MaxUploadBytes { get; init; } = 1L << 30;

    /// <summary>Members shown per page of a search.</summary>
    public int MembersPerPage { get; init; } = 50;

    /// <summary>PBKDF2 iterations protecting the key ceremony's share files (tests lower it; keep the default).</summary>
    public int ShareFileIterations { get; init; } = Omov.Elections.Secrecy.Keys.ShareFile.DefaultIterations;
}
