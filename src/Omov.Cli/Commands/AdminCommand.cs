using System.CommandLine;
using System.Data.Common;
using Omov.Elections.Audit;
using Omov.Elections.Staff;

namespace Omov.Cli.Commands;

/// <summary>
/// <c>omov admin create --username U --display-name N --email E [--db CONN]</c>: creates an
/// administrator. The password is read from standard input (typed without echo at a terminal,
/// or piped: <c>printf '%s\n' "$PASSWORD" | omov admin create ...</c>), checked against the
/// password policy and stored only as a PBKDF2 hash. Prints the TOTP provisioning URI for the
/// second factor, once. Writes a <c>staff.created</c> audit entry.
/// </summary>
internal static class AdminCommand
{
    public static Command Create(CliContext context)
    {
        var username = new Option<string>("--username", "-u") { Description = "Sign-in name: 3 to 64 lowercase letters, digits, '.', '-', '_', starting with a letter.", HelpName = "U", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "The name shown on pages.", HelpName = "NAME", Required = true };
        var email = new Option<string>("--email") { Description = "Email address for notices about the account.", HelpName = "EMAIL", Required = true };
        var db = DatabaseOption.Create();
        var create = new Command(
            "create",
            "Create an administrator. The password is read from standard input (one line; typed without echo at a terminal). "
            + "Prints the otpauth:// URI to add to an authenticator app for the second factor.\n"
            + "Exit codes: 0 created, 2 bad input (a weak password, a taken or malformed username), 1 anything else.")
        {
            username, displayName, email, db,
        };
        create.SetAction(parsed => Run(context, parsed.GetValue(username)!, parsed.GetValue(displayName)!, parsed.GetValue(email)!, parsed.GetValue(db) ?? DatabaseOption.Default));
        return new Command("admin", "Staff accounts.") { create };
    }

    private static int Run(CliContext context, string username, string displayName, string email, string connection)
    {
        var account = new StaffAccount
        {
            Id = Guid.NewGuid(),
            Username = username,
            DisplayName = displayName,
            Email = email,
            Roles = [StaffRole.Administrator],
            PasswordHash = string.Empty,
            CreatedAt = TimeProvider.System.GetUtcNow(),
        };
        if (account.Validate() is [var problem, ..])
        {
            context.Fail(problem);
            return ExitCodes.BadInput;
        }

        var password = context.ReadSecret();
        if (string.IsNullOrEmpty(password))
        {
            context.Fail("no password on standard input (give it as one line)");
            return ExitCodes.BadInput;
        }

        if (PasswordPolicy.Check(password, username) is [var weakness, ..])
        {
            context.Fail(weakness);
            return ExitCodes.BadInput;
        }

        using var database = DatabaseOption.Open(context, connection);
        if (database is null)
        {
            return ExitCodes.BadInput;
        }

        account = account with { PasswordHash = new PasswordHasher().Hash(password), TotpSecret = TotpAuthenticator.NewSecret() };
        try
        {
            if (!database.StaffAccounts.AddAsync(account).GetAwaiter().GetResult())
            {
                context.Fail($"the username '{username}' is taken");
                return ExitCodes.BadInput;
            }
        }
        catch (DbException ex)
        {
            context.Fail($"could not store the account: {ex.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }

        if (!CliAudit.Record(context, database, AuditActions.StaffCreated, username, new Dictionary<string, string> { ["roles"] = nameof(StaffRole.Administrator) }))
        {
            return ExitCodes.Failure;
        }

        context.Out.WriteLine($"Created administrator {username}.");
        context.Out.WriteLine("Second factor: add this to an authenticator app now (it is not shown again):");
        context.Out.WriteLine(TotpAuthenticator.ProvisioningUri(account.TotpSecret, username).AbsoluteUri);
        return ExitCodes.Success;
    }
}
