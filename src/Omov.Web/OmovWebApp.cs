using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Omov.Data;
using Omov.Data.Voting;
using Omov.Delivery.Messages;
using Omov.Delivery.Reissue;
using Omov.Web.Assets;
using Omov.Web.Auditing;
using Omov.Web.Messages;
using Omov.Web.Register;
using Omov.Web.Reminders;
using Omov.Web.Security;
using Omov.Web.Staff;
using Omov.Web.Voting;

namespace Omov.Web;

/// <summary>Builds Omov's web application: what <c>omov serve</c> runs, and what the tests start.</summary>
public static class OmovWebApp
{
    /// <summary>The rate-limit policy on the sign-in pages.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>The rate-limit policy on the public reissue page (per client address; the per-number limit is stored).</summary>
    public const string ReissueRateLimit = "reissue";

    /// <summary>Bytes an upload's request may carry beyond the file itself (the form's other fields).</summary>
    public const long UploadSlackBytes = 64 * 1024;

    /// <summary>Opens the database (running migrations) and builds the app, not yet started.</summary>
    public static async Task<WebApplication> BuildAsync(OmovWebOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var database = await OmovDatabase.OpenAsync(options.Database, options.Time, options.SecretKeyFile, cancellationToken).ConfigureAwait(false);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(OmovWebApp).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(console => console.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // The cookie keys sit unencrypted in their folder, like the secret key file: protect the folder.
        builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error);
        // Request paths are never logged: a path under /vote carries a voting code (docs/voting.md).
        builder.Logging.AddFilter("Microsoft.AspNetCore.Hosting.Diagnostics", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Routing", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.AspNetCore.Mvc", LogLevel.Error);

        var services = builder.Services;
        services.AddSingleton(options);
        services.AddSingleton(options.Time);
        services.AddSingleton(database);
        services.AddSingleton<WebAudit>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentStaff>();
        services.AddSingleton<StaffSignInService>();
        services.AddSingleton<UnitCounts>();
        services.AddSingleton<Outcomes.DeclaredResults>();
        services.AddSingleton<ImportJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<ImportJobs>());
        // The host's own services first (the key ceremony's storage, or a test's key), then the
        // defaults for anything it left out: with no sealing key, no ballot can be cast.
        options.ConfigureServices?.Invoke(services);
        services.TryAddSingleton(new Omov.Data.Results.StoredSecrecyFacts(database));
        services.TryAddSingleton<IEventPublicKeys>(provider => provider.GetRequiredService<Omov.Data.Results.StoredSecrecyFacts>());
        services.AddScoped<VoterGate>();
        services.AddSingleton<VoteSession>();
        // Status moves read the ceremony and the count from storage.
        services.TryAddSingleton<Omov.Data.Services.IEventSecrecyFacts>(provider => provider.GetRequiredService<Omov.Data.Results.StoredSecrecyFacts>());
        services.AddSingleton<Omov.Web.Events.IssueJobs>();
        services.AddHostedService(provider => provider.GetRequiredService<Omov.Web.Events.IssueJobs>());
        services.AddSingleton(new MessageService(database, new MessageOptions { PublicUrl = options.PublicUrl ?? PublicUrlOf(options.Urls) }));
        services.AddHostedService<MessageDueCheck>();
        services.AddSingleton(options.ReissueSettings);
        services.AddSingleton<SelfServiceReissue>();
        services.AddSingleton<StaffReissue>();
        services.AddSingleton<Omov.Delivery.Reissue.Reminders>();
        services.AddHostedService<ReminderScheduler>();

        var keys = options.CookieKeysDirectory ?? Path.Combine(Path.GetDirectoryName(database.SecretKeyPath) ?? ".", "omov-cookie-keys");
        services.AddDataProtection().SetApplicationName("Omov").PersistKeysToFileSystem(new DirectoryInfo(keys));

        services.AddAuthentication(StaffCookies.Session)
            .AddCookie(StaffCookies.Session, cookie => StaffCookies.ConfigureSession(cookie, options))
            .AddCookie(StaffCookies.Pending, cookie => StaffCookies.ConfigurePending(cookie, options));
        services.AddAuthorization(StaffPolicies.Add);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, StaffPermissionHandler>();
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "omov-af";
            antiforgery.Cookie.SecurePolicy = options.AllowInsecureCookies ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(SignInRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.SignInRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            // Voting codes cannot be guessed (128 bits), but each try costs lookups: limit tries per address.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context => VoteCodeAttempts.IsAttempt(context.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    "vote:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = options.VoteCodeAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("none"));
            limiter.AddPolicy(ReissueRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ReissueRequestsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddProblemDetails();
        services.AddRazorPages(pages =>
        {
            // Every page is staff-only unless it says otherwise.
            pages.Conventions.AuthorizeFolder("/");
            pages.Conventions.AllowAnonymousToFolder("/SignIn");
            pages.Conventions.AllowAnonymousToPage("/Error");
            pages.Conventions.AllowAnonymousToPage("/Denied");
            // The nominations tracker is public: candidates' names and counts, nothing about members.
            pages.Conventions.AllowAnonymousToFolder("/Tracker");
            // The voter's pages and the bulletin board are public; a voting code is the voter's only key.
            pages.Conventions.AllowAnonymousToFolder("/Vote");
            pages.Conventions.AllowAnonymousToFolder("/Board");
            // Members follow unsubscribe links without an account: the token is the authority.
            pages.Conventions.AllowAnonymousToFolder("/Unsubscribe");
            // Declared results are public; the pages show nothing of an event before its declaration.
            pages.Conventions.AllowAnonymousToFolder("/Results");
            pages.Conventions.AllowAnonymousToFolder("/Reissue");
            // The upload page alone takes big bodies; a little room over the file for the form's other fields.
            pages.Conventions.AddPageApplicationModelConvention("/Register/Import", page =>
            {
                page.Filters.Add(new RequestSizeLimitAttribute(options.MaxUploadBytes + UploadSlackBytes));
                page.Filters.Add(new RequestFormLimitsAttribute { MultipartBodyLengthLimit = options.MaxUploadBytes + UploadSlackBytes });
            });
        });

        var app = builder.Build();
        app.UseExceptionHandler("/Error");
        app.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        app.UseMiddleware<SecurityHeaders>();
        // An upload whose declared size is over the limit is turned away before its body is read,
        // with the error page's "too large" message rather than a failed form.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method)
                && context.Request.Path.Equals("/Register/Import", StringComparison.OrdinalIgnoreCase)
                && context.Request.ContentLength > options.MaxUploadBytes + UploadSlackBytes)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapEmbeddedAssets();
        app.MapRazorPages();
        app.Lifetime.ApplicationStopped.Register(database.Dispose);
        return app;
    }

    /// <summary>The first address the app listens on, as the base of links in messages when no public address is set.</summary>
    private static Uri PublicUrlOf(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? "http://127.0.0.1:5000";
        return Uri.TryCreate(first.EndsWith('/') ? first : first + "/", UriKind.Absolute, out var uri) ? uri : new Uri("http://127.0.0.1:5000/");
    }
}
