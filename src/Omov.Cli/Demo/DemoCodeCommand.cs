using System.CommandLine;
using OtpNet;
using Omov.Cli.Commands;
using Omov.Data.Demo;
using Omov.Elections.Audit;

namespace Omov.Cli.Demo;

/// <summary>
/// <c>omov demo code USER</c>: the current second-factor code of a demonstration account. Refused
/// on any database <c>omov demo</c> did not create, so it cannot be turned on real accounts.
/// </summary>
internal static class DemoCodeCommand
{
    public static Command Create(CliContext context)
    {
        var user = new Argument<string>("username") { Description = "The demo account (admin, returning-officer, scrutineer-1, ...)." };
        var db = new Option<string>("--db") { Description = $"The demonstration database (default {DemoCommand.DefaultDatabase}).", HelpName = "FILE", DefaultValueFactory = _ => DemoCommand.DefaultDatabase };
        var command = new Command("code", "Print a demonstration account's current second-factor code.\nExit codes: 0 printed, 2 bad input (not a demo database, no such account).") { user, db };
        command.SetAction((parsed, cancellationToken) => RunAsync(context, parsed.GetValue(user)!, parsed.GetValue(db)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string username, string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            context.Fail($"{file} does not exist: run 'omov demo' first");
            return ExitCodes.BadInput;
        }

        using var database = DatabaseOption.Open(context, file);
        if (database is null)
        {
            return ExitCodes.BadInput;
        }

        if (!await database.AuditLog.ReadAllAsync(cancellationToken).AnyAsync(e => e.Action == AuditActions.DemoCreated && e.Actor == DemoElection.Actor, cancellationToken).ConfigureAwait(false))
        {
            context.Fail($"{file} was not made by 'omov demo': codes are printed only for demonstration accounts");
            return ExitCodes.BadInput;
        }

        var account = await database.StaffAccounts.GetAsync(username, cancellationToken).ConfigureAwait(false);
        if (account?.TotpSecret is not { } secret)
        {
            context.Fail($"there is no demonstration account '{username}' with a second factor");
            return ExitCodes.BadInput;
        }

        context.Out.WriteLine(new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(database.Time.GetUtcNow().UtcDateTime));
        return ExitCodes.Success;
    }
}
