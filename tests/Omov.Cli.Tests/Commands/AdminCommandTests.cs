using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;

namespace Omov.Cli.Tests.Commands;

/// <summary><c>omov admin create</c> on SQLite and PostgreSQL.</summary>
public sealed class AdminCommandTests
{
    private const string Password = "correct horse battery staple";

    private static void CreatesAnAdministrator(string db, string log)
    {
        var run = CliRun.WithInput(Password + "\n", "admin", "create", "--username", "ada.admin", "--display-name", "Ada Lovelace", "--email", "ada@example.org", "--db", db).AssertSuccess();

        Assert.Contains("Created administrator ada.admin.", run.Out, StringComparison.Ordinal);
        Assert.Contains("otpauth://totp/Omov:ada.admin?secret=", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(Password, run.Out, StringComparison.Ordinal);

        using (var database = OmovDatabase.OpenAsync(db).GetAwaiter().GetResult())
        {
            var account = database.StaffAccounts.GetAsync("ada.admin").GetAwaiter().GetResult();
            Assert.NotNull(account);
            Assert.Equal([StaffRole.Administrator], account.Roles);
            Assert.Equal(PasswordVerification.Success, new PasswordHasher().Verify(Password, account.PasswordHash));
            Assert.Contains(account.TotpSecret!, run.Out, StringComparison.Ordinal);
        }

        Assert.Equal(0, CliRun.Of("audit", "export", "--db", db, "--out", log).ExitCode);
        CliRun.Of("audit", "verify", log).AssertSuccess();
        var entry = Assert.Single(AuditLogFile.Read(log).Entries!);
        Assert.Equal(AuditActions.StaffCreated, entry.Action);
        Assert.Equal("ada.admin", entry.Subject);
        Assert.DoesNotContain("Ada Lovelace", File.ReadAllText(log), StringComparison.Ordinal);
        Assert.DoesNotContain("ada@example.org", File.ReadAllText(log), StringComparison.Ordinal);

        CliRun.WithInput(Password + "\n", "admin", "create", "--username", "ada.admin", "--display-name", "Other", "--email", "o@example.org", "--db", db).AssertBadInput();
    }

    [Fact]
    public void Create_OnSqlite_StoresHashedAccountAndAudits()
    {
        using var folder = new TempFolder();
        CreatesAnAdministrator(folder.File("omov.db"), folder.File("audit.jsonl"));
    }

    [Fact]
    public async Task Create_OnPostgres_StoresHashedAccountAndAudits()
    {
        await TestPostgres.WithDatabaseAsync(connection =>
        {
            using var folder = new TempFolder();
            CreatesAnAdministrator(connection, folder.File("audit.jsonl"));
        });
    }

    [Theory]
    [InlineData("short\n", "at least 12 characters")]
    [InlineData("", "no password")]
    [InlineData("password1234\n", "commonly used")]
    public void Create_BadPassword_BadInputAndNothingStored(string input, string expected)
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");

        var run = CliRun.WithInput(input, "admin", "create", "--username", "ada.admin", "--display-name", "Ada", "--email", "ada@example.org", "--db", db).AssertBadInput();

        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Create_MalformedUsername_BadInput()
    {
        using var folder = new TempFolder();
        var run = CliRun.WithInput(Password + "\n", "admin", "create", "--username", "Ada Admin", "--display-name", "Ada", "--email", "ada@example.org", "--db", folder.File("omov.db")).AssertBadInput();

        Assert.Contains("username", run.Error, StringComparison.Ordinal);
    }
}
