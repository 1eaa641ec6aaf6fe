using System.CommandLine;
using System.Globalization;
using Omov.Data;
using Omov.Data.Services;
using Omov.Delivery.Issuing;
using Omov.Elections.Events;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov event issue|move|figures</c>: credentials into members' hands, the event through its
/// life, and the live delivery figures (docs/issuing-ballots.md).
/// </summary>
internal static class EventIssueCommands
{
    public static Command Issue(CliContext context)
    {
        var code = new Argument<string>("EVENT") { Description = "The event's code." };
        var page = new Option<string>("--voting-page") { Description = "The voting page's address; each member's link is PAGE/CODE.", HelpName = "URL", DefaultValueFactory = _ => "https://vote.example.org/vote" };
        var post = new Option<string?>("--post-folder") { Description = "Where to write postal packs (print PDFs sorted by postcode, and the mailing-house CSV). Without it, members whose ballot goes by post are left for a later run.", HelpName = "DIR" };
        var help = new Option<string?>("--help-contact") { Description = "How members get help, named in the email and the pack.", HelpName = "TEXT" };
        var db = DatabaseOption.Create();
        var command = new Command("issue", "Issue the event's credentials: one ballot and one voting code per member on its approved rolls; emails queued in the outbox with the codes' hashes, postal packs printed. Safe to run again: members already issued are skipped. Exit codes: 0 done, 2 refused or bad input, 1 anything else.")
        {
            code, page, post, help, db,
        };
        command.SetAction(parsed =>
        {
            if (!Uri.TryCreate(parsed.GetValue(page), UriKind.Absolute, out var votingPage))
            {
                context.Fail($"--voting-page '{parsed.GetValue(page)}' is not an absolute address");
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var options = new IssueOptions { VotingPage = votingPage, PostFolder = parsed.GetValue(post) };
            if (parsed.GetValue(help) is { } contact)
            {
                options = options with { HelpContact = contact };
            }

            var last = -1L;
            var progress = new Progress(p =>
            {
                // A line per tenth, so a long run shows it is moving without flooding a log.
                var tenth = p.Total == 0 ? 10 : p.Done * 10 / p.Total;
                if (context.Interactive && tenth != last)
                {
                    last = tenth;
                    context.Error.WriteLine($"issued {p.Done:N0} of {p.Total:N0}");
                }
            });
            var result = new CredentialIssuer(database).IssueAsync(parsed.GetValue(code)!, options, CliAudit.Actor, progress).GetAwaiter().GetResult();
            if (!result.Success)
            {
                context.Fail(result.Error);
                return ExitCodes.BadInput;
            }

            var s = result.Value;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Emails queued: {s.Emailed}. Postal packs: {s.Posted}."));
            if (s.Print is { } print)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Print files: {print.Files.Count} ({print.Pages} pages); manifest {print.ManifestPath}"));
            }

            if (s.PostLeft > 0)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Left for post: {s.PostLeft} member(s) whose ballot goes by post; run again with --post-folder."));
            }

            if (s.AlreadyIssued > 0)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Issued meanwhile by another run: {s.AlreadyIssued}."));
            }

            if (s.NoContact.Count > 0)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"No email or address on file, not issued ({s.NoContact.Count}): {string.Join(", ", s.NoContact.Take(20))}{(s.NoContact.Count > 20 ? ", …" : "")}"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Move(CliContext context)
    {
        var code = new Argument<string>("EVENT") { Description = "The event's code." };
        var status = new Argument<string>("STATUS") { Description = "The next status: scheduled, open, closed, counted or declared." };
        var db = DatabaseOption.Create();
        var command = new Command("move", "Move the event one step on (draft → scheduled → open → closed → counted → declared); never back. Prints every reason when refused. Exit codes: 0 moved, 2 refused or bad input, 1 anything else.")
        {
            code, status, db,
        };
        command.SetAction(parsed =>
        {
            var wanted = parsed.GetValue(status)!;
            if (!Enum.TryParse<BallotEventStatus>(wanted, ignoreCase: true, out var target) || !Enum.IsDefined(target) || int.TryParse(wanted, out _))
            {
                context.Fail($"'{wanted}' is not a status (scheduled, open, closed, counted, declared)");
                return ExitCodes.BadInput;
            }

            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var change = new EventStatusService(database).MoveAsync(parsed.GetValue(code)!, target, CliAudit.Actor).GetAwaiter().GetResult();
            if (!change.Moved)
            {
                context.Fail("refused: " + string.Join(" ", change.Refusals));
                return ExitCodes.BadInput;
            }

            context.Out.WriteLine($"Event {change.Event!.Code} is now {BallotEventLifecycle.Name(change.Event.Status)}.");
            return ExitCodes.Success;
        });
        return command;
    }

    public static Command Figures(CliContext context)
    {
        var code = new Argument<string>("EVENT") { Description = "The event's code." };
        var db = DatabaseOption.Create();
        var command = new Command("figures", "The event's live figures: ballots issued, emails queued/sent/bounced, postal packs, codes reissued, turnout. Never how anyone voted.") { code, db };
        command.SetAction(parsed =>
        {
            using var database = DatabaseOption.Open(context, parsed.GetValue(db)!);
            if (database is null)
            {
                return ExitCodes.BadInput;
            }

            var wanted = parsed.GetValue(code)!;
            if (database.BallotEvents.GetAsync(wanted).GetAwaiter().GetResult() is not { } e)
            {
                context.Fail($"no ballot event has the code '{wanted}' (see 'omov event list')");
                return ExitCodes.BadInput;
            }

            var f = EventFigures.ReadAsync(database, e.Id).GetAwaiter().GetResult();
            var o = context.Out;
            o.WriteLine($"{e.Title} ({e.Code}), {BallotEventLifecycle.Name(e.Status)}");
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"issued          {f.Issued}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  by email      {f.ByEmail}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  postal packs  {f.PostalPacks}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emails waiting  {f.Emails.Pending}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emails sent     {f.Emails.Sent}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emails bounced  {f.Emails.Bounced}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"emails failed   {f.Emails.Failed}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"reissued        {f.Reissued}"));
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"voted           {f.Voted}"));
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Reports on the caller's thread (System.Progress posts to the pool, and a CLI has no context to post to).</summary>
    private sealed class Progress(Action<IssueProgress> report) : IProgress<IssueProgress>
    {
        public void Report(IssueProgress value) => report(value);
    }
}
