using Omov.Data.Tests.Providers;
using Omov.Elections.Staff;

namespace Omov.Data.Tests.Staff;

public abstract class StaffAccountRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    // Whole microseconds: PostgreSQL's timestamptz keeps no finer.
    private static StaffAccount Account(string username = "alice.admin") => new()
    {
        Id = Guid.NewGuid(),
        Username = username,
        DisplayName = "Alice Ŵyn",
        Email = "alice@example.org",
        Roles = [StaffRole.LocalOfficer, StaffRole.Scrutineer],
        LocalPartyCode = "E14000001",
        PasswordHash = "pbkdf2-sha256$600000$c2FsdA==$aGFzaA==",
        TotpSecret = "JBSWY3DPEHPK3PXP",
        TotpLastUsedStep = 59_000_001,
        RecoveryCodeHashes = ["a1", "b2"],
        Enabled = true,
        CreatedAt = new DateTimeOffset(2026, 1, 20, 17, 0, 0, TimeSpan.Zero).AddTicks(1_234_560),
        LastSignInAt = null,
    };

    private static string Describe(StaffAccount? account) => account is null ? "null" : string.Join("|",
        account.Id, account.Username, account.DisplayName, account.Email, string.Join(",", account.Roles), account.LocalPartyCode,
        account.PasswordHash, account.TotpSecret, account.TotpLastUsedStep, string.Join(",", account.RecoveryCodeHashes), account.Enabled,
        account.CreatedAt.UtcTicks, account.LastSignInAt?.UtcTicks);

    [Fact]
    public async Task AddAsync_EveryField_RoundTrips()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var account = Account();

        Assert.True(await db.StaffAccounts.AddAsync(account));

        Assert.Equal(Describe(account), Describe(await db.StaffAccounts.GetAsync("alice.admin")));
        Assert.Equal(Describe(account), Describe(await db.StaffAccounts.GetAsync(account.Id)));
        Assert.Null(await db.StaffAccounts.GetAsync("nobody"));
    }

    [Fact]
    public async Task AddAsync_TakenUsername_ReturnsFalse()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        Assert.True(await db.StaffAccounts.AddAsync(Account()));

        Assert.False(await db.StaffAccounts.AddAsync(Account()));
        Assert.Equal(1, await db.StaffAccounts.CountAsync());
    }

    [Fact]
    public async Task UpdateAsync_ChangedFields_AreStored()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var account = Account();
        await db.StaffAccounts.AddAsync(account);
        var changed = account with
        {
            Roles = [StaffRole.Administrator],
            LocalPartyCode = null,
            TotpSecret = null,
            TotpLastUsedStep = null,
            RecoveryCodeHashes = [],
            Enabled = false,
            LastSignInAt = account.CreatedAt.AddDays(1),
        };

        Assert.True(await db.StaffAccounts.UpdateAsync(changed));

        Assert.Equal(Describe(changed), Describe(await db.StaffAccounts.GetAsync(account.Id)));
        Assert.False(await db.StaffAccounts.UpdateAsync(changed with { Id = Guid.NewGuid() }));
    }

    [Fact]
    public async Task TotpSecret_IsStoredEncryptedUnderTheKeyFile()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var account = Account();
        await db.StaffAccounts.AddAsync(account);

        await using var connection = await db.OpenConnectionAsync();
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT totp_secret FROM staff_accounts";
        var stored = (string)(await select.ExecuteScalarAsync())!;

        Assert.StartsWith("v1.", stored, StringComparison.Ordinal);
        Assert.DoesNotContain(account.TotpSecret!, stored, StringComparison.Ordinal);
        Assert.True(File.Exists(test.SecretKeyFile));
    }

    [Fact]
    public async Task GetAsync_AnotherKeyFile_RefusesWithAClearError()
    {
        await using var test = await _provider.CreateAsync();
        using (var db = await test.OpenAsync())
        {
            await db.StaffAccounts.AddAsync(Account());
        }

        var otherKey = Path.Combine(Path.GetTempPath(), "omov-test-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var other = await OmovDatabase.OpenAsync(test.Connection, TimeProvider.System, otherKey);
            var error = await Assert.ThrowsAsync<Omov.Data.Secrets.SecretKeyMismatchException>(() => other.StaffAccounts.GetAsync("alice.admin"));
            Assert.Contains("key file", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(otherKey);
        }
    }

    [Fact]
    public async Task SaveAttemptsAsync_FailuresAndLockout_RoundTrip()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var account = Account();
        await db.StaffAccounts.AddAsync(account);
        var attempts = new SignInAttempts
        {
            Failures = [account.CreatedAt, account.CreatedAt.AddSeconds(3)],
            LockedUntil = account.CreatedAt.AddMinutes(15),
        };

        await db.StaffAccounts.SaveAttemptsAsync(account.Id, attempts);
        var read = await db.StaffAccounts.GetAttemptsAsync(account.Id);
        await db.StaffAccounts.SaveAttemptsAsync(account.Id, SignInAttempts.None);

        Assert.Equal(attempts.Failures, read.Failures);
        Assert.Equal(attempts.LockedUntil, read.LockedUntil);
        Assert.Empty((await db.StaffAccounts.GetAttemptsAsync(account.Id)).Failures);
        Assert.Empty((await db.StaffAccounts.GetAttemptsAsync(Guid.NewGuid())).Failures);
    }
}
