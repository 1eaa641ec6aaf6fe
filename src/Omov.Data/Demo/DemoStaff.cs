using Omov.Elections.Audit;
using Omov.Elections.Staff;

namespace Omov.Data.Demo;

/// <summary>
/// The demonstration's staff: an administrator, a returning officer, three scrutineers (the key
/// ceremony's share holders) and an officer of the first local party, each with a printed password
/// and second-factor secret.
/// </summary>
internal static class DemoStaff
{
    public const string Administrator = "admin";
    public const string ReturningOfficer = "returning-officer";

    /// <summary>The scrutineers who hold the key shares.</summary>
    public static readonly string[] Scrutineers = ["scrutineer-1", "scrutineer-2", "scrutineer-3"];

    private static readonly (string Username, string Name, StaffRole Role, string? LocalParty)[] s_accounts =
    [
        (Administrator, "Demo Administrator", StaffRole.Administrator, null),
        (ReturningOfficer, "Demo Returning Officer", StaffRole.ReturningOfficer, null),
        ("scrutineer-1", "Demo Scrutineer One", StaffRole.Scrutineer, null),
        ("scrutineer-2", "Demo Scrutineer Two", StaffRole.Scrutineer, null),
        ("scrutineer-3", "Demo Scrutineer Three", StaffRole.Scrutineer, null),
        ("local-officer", "Demo Local Officer", StaffRole.LocalOfficer, "CLP-0001"),
    ];

    public static async Task<IReadOnlyList<DemoStaffAccount>> AddAsync(OmovDatabase database, CancellationToken cancellationToken)
    {
        var added = new List<DemoStaffAccount>();
        var hasher = new PasswordHasher();
        foreach (var (username, name, role, localParty) in s_accounts)
        {
            var password = DemoElection.NewPassword();
            var secret = TotpAuthenticator.NewSecret();
            var account = new StaffAccount
            {
                Id = Guid.NewGuid(),
                Username = username,
                DisplayName = name,
                Email = username + "@demo.invalid",
                Roles = [role],
                LocalPartyCode = localParty,
                PasswordHash = hasher.Hash(password),
                TotpSecret = secret,
                CreatedAt = database.Time.GetUtcNow(),
            };
            if (!await database.StaffAccounts.AddAsync(account, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"The staff account {username} already exists.");
            }

            await database.AuditLog.AppendAsync(DemoElection.Actor, AuditActions.StaffCreated, username, null, cancellationToken).ConfigureAwait(false);
            added.Add(new DemoStaffAccount(username, role, password, secret));
        }

        return added;
    }
}
