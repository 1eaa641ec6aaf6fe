using System.CommandLine;
using System.Globalization;
using Omov.Data.Results;
using Omov.Data.Services;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov event open EVENT --share FILE ...</c>: opens a closed event's ballot box with k
/// scrutineers' share files and counts it. Each file's passphrase is read from standard input,
/// one line per file in the order the files are given (typed without echo at a terminal), never
/// from the command line, where other users and the shell history could see it. The results stay
/// provisional, for the returning officer to see and declare on the web; this prints only counts.
/// </summary>
internal static class EventOpenCommand
{
    public static Command Create(CliContext context)
    {
        var code = new Argument<string>("EVENT") { Description = "The closed event's code." };
        var shares = new Option<string[]>("--share", "-s")
        {
            Description = "A scrutineer's share file; give at least the threshold. Passphrases are read from standard input, one line per file, in this order.",
            HelpName = "FILE",
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var db = DatabaseOption.Create();
        var command = new Command("open", "Open a closed event's ballot box with k share files and count it (results stay provisional until the returning officer declares them). Exit codes: 0 opened and counted, 2 bad input (unknown or unclosed event, unreadable share file, wrong passphrase, too few shares), 1 anything else.")
        {
            code, shares, db,
        };
        command.SetAction(parsed => Run(context, parsed.GetValue(code)!, parsed.GetValue(shares) ?? [], parsed.GetValue(db)!));
        return command;
    }

    private static int Run(CliContext context, string eventCode, string[] files, string connection)
    {
        var given = new List<ScrutineerShare>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
            {
                context.Fail($"{file}: cannot read the share file ({ex.GetType().Name.Replace("Exception", "", StringComparison.Ordinal)})");
                return ExitCodes.BadInput;
            }

            if (context.Interactive)
            {
                context.Error.WriteLine($"Passphrase for {file}:");
            }

            var passphrase = context.ReadSecret();
            if (passphrase is null)
            {
                context.Fail($"{file}: no passphrase on standard input (give one line per share file, in the order of --share)");
                return ExitCodes.BadInput;
            }

            given.Add(new ScrutineerShare(Path.GetFileName(file), text, passphrase));
        }

        using var database = DatabaseOption.Open(context, connection);
        if (database is null)
        {
            return ExitCodes.BadInput;
        }

        var opened = ServiceOutcome.Value(context, new BoxOpeningService(database).OpenAsync(eventCode, given, CliAudit.Actor).GetAwaiter().GetResult());
        if (opened is null)
        {
            return ExitCodes.BadInput;
        }

        var o = opened.Opening;
        context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Opened the ballot box of {eventCode} with shares {string.Join(", ", o.SharesUsed)}: {o.BallotsInBox:N0} ballots, {o.BallotsRejected:N0} rejected."));
        foreach (var result in opened.Results)
        {
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {result.ContestCode}: counted by {result.Method}, {result.BallotsCast:N0} ballots ({result.Blank:N0} blank, {result.Spoilt:N0} spoilt)."));
        }

        context.Out.WriteLine("The results are provisional: the returning officer sees them and declares them on the web.");
        return ExitCodes.Success;
    }
}
