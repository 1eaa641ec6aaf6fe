using System.CommandLine;
using System.Globalization;
using Omov.Cli.Commands;
using Omov.Data;
using Omov.Data.Demo;
using Omov.Data.Services;
using Omov.Delivery.Issuing;
using Omov.Elections.Events;

namespace Omov.Cli.Demo;

/// <summary>
/// <c>omov demo</c>: a new SQLite file holding a synthetic organisation and a ballot event ready to
/// vote in, then the web server; prints the staff sign-ins. <c>omov demo code USER</c> prints a
/// demo account's current second-factor code, for newcomers without an authenticator app.
/// </summary>
internal static class DemoCommand
{
    public const string DefaultDatabase = "omov-demo.db";

    public static Command Create(CliContext context)
    {
        var db = new Option<string>("--db") { Description = $"The new SQLite file to create (default {DefaultDatabase}); it must not exist.", HelpName = "FILE", DefaultValueFactory = _ => DefaultDatabase };
        var urls = new Option<string>("--urls") { Description = $"Where the web server listens (default {ServeCommand.DefaultUrls}).", HelpName = "URLS", DefaultValueFactory = _ => ServeCommand.DefaultUrls };
        var members = new Option<int>("--members") { Description = "Members in the synthetic register (default 5000).", HelpName = "N", DefaultValueFactory = _ => 5_000 };
        var closeIn = new Option<int>("--close-in") { Description = "Minutes from opening to the close (default 15): the ballot cannot be closed early.", HelpName = "MINUTES", DefaultValueFactory = _ => 15 };
        var noServe = new Option<bool>("--no-serve") { Description = "Build the database and print the sign-ins, but do not start the web server." };
        var command = new Command("demo", "Create a demonstration election in a new SQLite file and serve it: about 5,000 synthetic members in 20 local parties, a ballot with Leader and Deputy (AV), the NEC local parties' section (STV, 9 seats, at least 4 women) and a disabled members' representative.\nExit codes: 0 done (or stopped with Ctrl+C), 2 bad input (the file exists, a bad number), 1 anything else.")
        {
            db, urls, members, closeIn, noServe, DemoCodeCommand.Create(context),
        };
        command.SetAction((parsed, cancellationToken) => RunAsync(
            context, parsed.GetValue(db)!, parsed.GetValue(urls)!, parsed.GetValue(members), parsed.GetValue(closeIn), parsed.GetValue(noServe), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string file, string urls, int members, int closeInMinutes, bool noServe, CancellationToken cancellationToken)
    {
        if (members is < 100 or > 1_000_000)
        {
            context.Fail($"--members must be between 100 and 1000000 (got {members})");
            return ExitCodes.BadInput;
        }

        if (closeInMinutes is < 1 or > 10_080)
        {
            context.Fail($"--close-in must be between 1 and 10080 minutes (got {closeInMinutes})");
            return ExitCodes.BadInput;
        }

        if (OmovDatabase.EngineOf(file) != DatabaseEngine.Sqlite || File.Exists(file))
        {
            context.Fail(File.Exists(file)
                ? $"{file} already exists: the demonstration makes a new database (delete it, or give another --db)"
                : "--db must name a new SQLite file: the demonstration never runs on a PostgreSQL database");
            return ExitCodes.BadInput;
        }

        DemoSetup setup;
        IReadOnlyList<(string MembershipNumber, string Code, string Link)> voters;
        try
        {
            using var database = DatabaseOption.Open(context, file);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine($"Creating the demonstration election in {file}:");
            var progress = new SyncProgress(context);
            setup = await DemoElection.CreateAsync(database, new DemoOptions { Members = members }, TimeSpan.FromMinutes(closeInMinutes), progress, cancellationToken).ConfigureAwait(false);
            voters = await IssueAndOpenAsync(database, setup, urls, file, progress, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            // Half a demonstration is no use, and would stop the next attempt: remove it.
            DeleteDatabase(file);
            throw;
        }

        DemoPrinter.Print(context.Out, setup, voters, file);
        if (noServe)
        {
            return ExitCodes.Success;
        }

        return await ServeCommand.RunAsync(context, file, urls, secretKeyFile: null, cancellationToken,
            addresses => DemoPrinter.PrintAddresses(context.Out, addresses)).ConfigureAwait(false);
    }

    /// <summary>
    /// Issues every member's voting code (ballot emails wait in the outbox, postal packs are
    /// printed beside the database), opens the ballot once its opening time has come, and returns
    /// a few voters' codes to print.
    /// </summary>
    private static async Task<IReadOnlyList<(string MembershipNumber, string Code, string Link)>> IssueAndOpenAsync(
        OmovDatabase database, DemoSetup setup, string urls, string file, IProgress<string> progress, CancellationToken cancellationToken)
    {
        progress.Report("Issuing voting codes (ballot emails wait in the outbox: the demonstration sends no mail)");
        var address = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0].TrimEnd('/');
        var issued = await new CredentialIssuer(database).IssueAsync(DemoElection.EventCode, new IssueOptions
        {
            VotingPage = new Uri(address + "/vote"),
            PostFolder = file + "-post",
        }, DemoElection.Actor, cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!issued.Success)
        {
            throw new InvalidOperationException("Demonstration set-up failed issuing codes: " + issued.Error);
        }

        var wait = setup.Event.Timetable.BallotOpens - database.Time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, database.Time, cancellationToken).ConfigureAwait(false);
        }

        progress.Report("Opening the ballot");
        var opened = await new EventStatusService(database).MoveAsync(DemoElection.EventCode, BallotEventStatus.Open, DemoElection.Actor, cancellationToken).ConfigureAwait(false);
        if (opened.Event is null)
        {
            throw new InvalidOperationException("Demonstration set-up failed opening the ballot: " + string.Join(" ", opened.Refusals));
        }

        return await DemoVoters.ReadAsync(database, 5, cancellationToken).ConfigureAwait(false);
    }

    private static void DeleteDatabase(string file)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var path in new[] { file, file + "-wal", file + "-shm", file + ".secret-key" })
        {
            File.Delete(path);
        }

        if (Directory.Exists(file + "-post"))
        {
            Directory.Delete(file + "-post", recursive: true);
        }
    }

    /// <summary>Reports each step as it happens (Progress&lt;T&gt; would post to the thread pool, out of order).</summary>
    private sealed class SyncProgress(CliContext context) : IProgress<string>
    {
        public void Report(string value) => context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {value} ..."));
    }
}
