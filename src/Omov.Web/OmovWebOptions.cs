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

    /// <summary>The members' voting page; ballot links are <c>{page}/{code}</c>.</summary>
    public Uri VotingPage { get; init; } = new("https://vote.example.org/vote");

    /// <summary>Where issuing writes postal packs (print PDFs and manifest); null leaves postal voters for the CLI (docs/issuing-ballots.md).</summary>
    public string? PostFolder { get; init; }

    /// <summary>
    /// Voting codes each client address may try per minute (typed on /vote or opened as a link).
    /// Generous, because members at one meeting may share an address; guessing a code is hopeless anyway.
    /// </summary>
    public int VoteCodeAttemptsPerMinute { get; init; } = 30;

    /// <summary>
    /// Adds or replaces services before the defaults are filled in: the host registers the key
    /// ceremony's <c>IEventPublicKeys</c> here (tests register a key of their own).
    /// </summary>
    public Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>
    /// The address members reach this app at, for the unsubscribe links in messages (e.g.
    /// <c>https://vote.example.org/</c>); null for the first of <see cref="Urls"/>.
    /// </summary>
    public Uri? PublicUrl { get; init; }

    /// <summary>How often the app queues scheduled messages whose time has come (docs/messages.md); zero turns the check off.</summary>
    public TimeSpan MessageDueInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>PBKDF2 iterations protecting the key ceremony's share files (tests lower it; keep the default).</summary>
    public int ShareFileIterations { get; init; } = Omov.Elections.Secrecy.Keys.ShareFile.DefaultIterations;

    /// <summary>
    /// The address members reach Omov at (voting and reissue pages), used in the links that emails
    /// and postal packs carry. Defaults to a local address: set it in production.
    /// </summary>
    public Uri PublicAddress { get; init; } = new("http://127.0.0.1:5000/");

    /// <summary>How members get help, in ballot and reminder emails.</summary>
    public string HelpContact { get; init; } = Omov.Delivery.Issuing.BallotMessages.DefaultHelp;

    /// <summary>Requests per minute each client address may make to the self-service reissue page.</summary>
    public int ReissueRequestsPerMinute { get; init; } = 10;

    /// <summary>Self-service reissue requests per membership number per event per day (stored, so it holds across servers and restarts).</summary>
    public int ReissueRequestsPerNumber { get; init; } = 5;

    /// <summary>How often the reminder scheduler looks for due rounds.</summary>
    public TimeSpan ReminderPollInterval { get; init; } = TimeSpan.FromMinutes(1);

    /// <summary>The reissue and reminder settings these options imply.</summary>
    public Omov.Delivery.Reissue.ReissueSettings ReissueSettings => new()
    {
        VotingPage = new Uri(PublicAddress, "vote"),
        ReissuePage = new Uri(PublicAddress, "Reissue"),
        HelpContact = HelpContact,
        RequestsPerNumber = ReissueRequestsPerNumber,
    };
}
