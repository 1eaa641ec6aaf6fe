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
}
