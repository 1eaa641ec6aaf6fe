using Omov.Elections.Staff;

namespace Omov.Elections.Tests.Staff;

/// <summary>Accounts for tests, one per role.</summary>
internal static class StaffAccounts
{
    public static StaffAccount With(params StaffRole[] roles) => new()
    {
        Id = Guid.NewGuid(),
        Username = "someone",
        DisplayName = "Some One",
        Email = "someone@example.org",
        Roles = roles,
        LocalPartyCode = roles.Contains(StaffRole.LocalOfficer) ? "CLP-0001" : null,
        PasswordHash = "pbkdf2-sha256$600000$c2FsdHNhbHRzYWx0c2FsdA==$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g=",
        TotpSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        RecoveryCodeHashes = ["0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"],
        CreatedAt = new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero),
    };
}
