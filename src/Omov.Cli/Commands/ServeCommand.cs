using System.CommandLine;
using System.Data.Common;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Omov.Web;

namespace Omov.Cli.Commands;

/// <summary><c>omov serve</c>: runs the web application until Ctrl+C.</summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static Command Create(CliContext context)
    {
        var db = DatabaseOption.Create();
        var urls = new Option<string>("--urls") { Description = $"Where to listen (semicolon-separated; default {DefaultUrls}). Put a TLS-terminating proxy in front for anything but this machine.", HelpName = "URLS", DefaultValueFactory = _ => DefaultUrls };
        var keys = new Option<string?>("--secret-key-file") { Description = "The key file that protects stored secrets (default: beside the SQLite file, or omov.secret-key for PostgreSQL; or $OMOV_SECRET_KEY_FILE).", HelpName = "FILE" };
        var command = new Command("serve", "Run the Omov web application (staff pages) until Ctrl+C.\nExit codes: 0 stopped, 2 bad input (a database that cannot be opened, a malformed address), 1 anything else.")
        {
            db, urls, keys,
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(context, parsed.GetValue(db)!, parsed.GetValue(urls)!, parsed.GetValue(keys), cancellationToken));
        return command;
    }

    /// <summary>
    /// Runs the web application on <paramref name="connection"/> until cancelled; <paramref name="started"/>
    /// is told the addresses it listens on once it does (the demo prints its sign-ins then).
    /// </summary>
    internal static async Task<int> RunAsync(CliContext context, string connection, string urls, string? secretKeyFile, CancellationToken cancellationToken, Action<IReadOnlyCollection<string>>? started = null)
    {
        var addresses = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (addresses.Length == 0 || addresses.Any(a => !Uri.TryCreate(a, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            context.Fail($"--urls must be http:// or https:// addresses separated by ';' (got '{urls}')");
            return ExitCodes.BadInput;
        }

        WebApplication app;
        try
        {
            app = await OmovWebApp.BuildAsync(new OmovWebOptions
            {
                Database = connection,
                Urls = string.Join(';', addresses),
                SecretKeyFile = secretKeyFile,
                // Plain-HTTP cookies only when nobody but this machine can connect.
                AllowInsecureCookies = addresses.All(IsLoopback),
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or InvalidOperationException or IOException or TimeoutException)
        {
            var engine = Omov.Data.OmovDatabase.EngineOf(connection) == Omov.Data.DatabaseEngine.Postgres ? "PostgreSQL database" : $"SQLite database {connection}";
            context.Fail($"cannot open the {engine}: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.BadInput;
        }

        await using (app.ConfigureAwait(false))
        {
            try
            {
                await app.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (IOException ex)
            {
                context.Fail($"cannot listen on {urls}: {ex.Message.ReplaceLineEndings(" ")}");
                return ExitCodes.BadInput;
            }

            var listening = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            context.Out.WriteLine($"Omov is running at {string.Join(", ", listening)} — press Ctrl+C to stop.");
            var database = app.Services.GetRequiredService<Omov.Data.OmovDatabase>();
            if (await database.StaffAccounts.CountAsync(cancellationToken).ConfigureAwait(false) == 0)
            {
                context.Out.WriteLine("There are no staff accounts yet: create the first with 'omov admin create'.");
            }

            started?.Invoke([.. listening]);

            try
            {
                await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C: stop gracefully below.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }

        return ExitCodes.Success;
    }

    private static bool IsLoopback(string address)
    {
        var host = new Uri(address).Host;
        return host is "localhost" || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
