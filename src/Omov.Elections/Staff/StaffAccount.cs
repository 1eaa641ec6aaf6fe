using System.Text;

namespace Omov.Elections.Staff;

/// <summary>
/// A staff account. Secrets are held as opaque strings: <see cref="PasswordHash"/> in
/// <see cref="PasswordHasher"/>'s format, <see cref="TotpSecret"/> as Base32, and
/// <see cref="RecoveryCodeHashes"/> as <see cref="RecoveryCodes"/> hashes. The TOTP secret must be
/// read back to check codes, so hashing cannot protect it: the storage layer encrypts it at rest
/// (ASP.NET Core Data Protection) and this record only ever carries it in memory.
/// <see cref="ToString"/> leaves all three out, so an account written to a log leaks none of them.
/// </summary>
public sealed record StaffAccount
{
    /// <summary>A stable random id.</summary>
    public required Guid Id { get; init; }

    /// <summary>Sign-in name, lowercase letters, digits, '.', '-' and '_' (see <see cref="Validate"/>); shown in the audit log.</summary>
    public required string Username { get; init; }

    /// <summary>The name shown on pages.</summary>
    public required string DisplayName { get; init; }

    /// <summary>Email address, for notices about the account.</summary>
    public required string Email { get; init; }

    /// <summary>The roles held; at least one.</summary>
    public required IReadOnlyList<StaffRole> Roles { get; init; }

    /// <summary>For a <see cref="StaffRole.LocalOfficer"/>, the code of their local party; null otherwise.</summary>
    public string? LocalPartyCode { get; init; }

    /// <summary>The password hash (<c>pbkdf2-sha256$iterations$salt$hash</c>).</summary>
    public required string PasswordHash { get; init; }

    /// <summary>The TOTP secret (Base32), or null before the second factor is set up. Encrypted at rest by storage.</summary>
    public string? TotpSecret { get; init; }

    /// <summary>The time step of the last TOTP code accepted, so no code is accepted twice.</summary>
    public long? TotpLastUsedStep { get; init; }

    /// <summary>Hashes of the unused recovery codes.</summary>
    public IReadOnlyList<string> RecoveryCodeHashes { get; init; } = [];

    /// <summary>Whether the account may sign in.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>When the account was created (UTC).</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the account last signed in (UTC), if ever.</summary>
    public DateTimeOffset? LastSignInAt { get; init; }

    /// <summary>Whether the account holds <paramref name="role"/>.</summary>
    public bool Has(StaffRole role) => Roles.Contains(role);

    /// <summary>Whether the second factor is set up (a signed-in session needs it).</summary>
    public bool HasSecondFactor => TotpSecret is not null;

    /// <summary>What is wrong with the account's fields, in plain English; empty when nothing is.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!IsValidUsername(Username))
        {
            problems.Add("The username must be 3 to 64 characters: lowercase letters, digits, '.', '-' and '_', starting with a letter.");
        }

        if (string.IsNullOrWhiteSpace(DisplayName))
        {
            problems.Add("The display name is empty.");
        }

        if (string.IsNullOrWhiteSpace(Email) || !Email.Contains('@', StringComparison.Ordinal) || Email.Any(char.IsWhiteSpace))
        {
            problems.Add("The email address is not valid.");
        }

        if (Roles.Count == 0)
        {
            problems.Add("The account has no role.");
        }

        if (Roles.Distinct().Count() != Roles.Count)
        {
            problems.Add("A role is listed twice.");
        }

        if (Has(StaffRole.LocalOfficer) && string.IsNullOrWhiteSpace(LocalPartyCode))
        {
            problems.Add("A local officer must have a local party.");
        }

        if (!Has(StaffRole.LocalOfficer) && LocalPartyCode is not null)
        {
            problems.Add("Only a local officer has a local party.");
        }

        return problems;
    }

    /// <summary>Whether <paramref name="username"/> is a well-formed username.</summary>
    public static bool IsValidUsername(string? username) =>
        username is { Length: >= 3 and <= 64 }
        && username[0] is >= 'a' and <= 'z'
        && username.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '.' or '-' or '_');

    // Records print every property by default; this one must never print its secrets.
    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append("Id = ").Append(Id)
            .Append(", Username = ").Append(Username)
            .Append(", Roles = [").Append(string.Join(", ", Roles)).Append(']')
            .Append(", LocalPartyCode = ").Append(LocalPartyCode)
            .Append(", Enabled = ").Append(Enabled)
            .Append(", HasSecondFactor = ").Append(HasSecondFactor);
        return true;
    }
}
