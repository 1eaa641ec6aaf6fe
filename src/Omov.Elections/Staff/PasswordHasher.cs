using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Omov.Elections.Staff;

/// <summary>
/// Hashes staff passwords with PBKDF2-HMAC-SHA256 (600,000 iterations, OWASP's 2023 advice),
/// a random 16-byte salt and a 32-byte output, written in a self-describing format
/// <c>pbkdf2-sha256$ITERATIONS$SALT$HASH</c> (salt and hash in standard Base64), so that the
/// iteration count can rise later and old hashes still verify and are flagged for rehashing.
/// Passwords are hashed as typed, in UTF-8. NIST SP 800-63B suggests NFKC normalisation first,
/// but Omov runs with invariant globalization, where <see cref="string.Normalize()"/> does not
/// normalise non-ASCII text; doing it by hand is not worth the risk for staff passwords.
/// </summary>
public sealed class PasswordHasher
{
    /// <summary>Today's iteration count.</summary>
    public const int DefaultIterations = 600_000;

    private const string Prefix = "pbkdf2-sha256";
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    // A stored hash asking for more work than this is not ours: refuse rather than spend minutes on it.
    private const int MaxIterations = 10_000_000;

    /// <summary>A hasher at <see cref="DefaultIterations"/>.</summary>
    public PasswordHasher()
        : this(DefaultIterations)
    {
    }

    /// <summary>A hasher at a given iteration count (tests use fewer; production never should).</summary>
    public PasswordHasher(int iterations)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, MaxIterations);
        Iterations = iterations;
    }

    /// <summary>The iteration count new hashes get.</summary>
    public int Iterations { get; }

    /// <summary>Hashes <paramref name="password"/> with a new random salt.</summary>
    public string Hash(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(Bytes(password), salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return string.Create(CultureInfo.InvariantCulture, $"{Prefix}${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}");
    }

    /// <summary>
    /// Checks <paramref name="password"/> against <paramref name="stored"/>, comparing in constant
    /// time. A malformed stored hash fails rather than throws: sign-in must never succeed on one.
    /// </summary>
    public PasswordVerification Verify(string password, string stored)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(stored);
        if (!TryParse(stored, out var iterations, out var salt, out var expected))
        {
            return PasswordVerification.Failed;
        }

        var actual = Rfc2898DeriveBytes.Pbkdf2(Bytes(password), salt, iterations, HashAlgorithmName.SHA256, expected.Length);
        if (!CryptographicOperations.FixedTimeEquals(actual, expected))
        {
            return PasswordVerification.Failed;
        }

        return iterations < Iterations ? PasswordVerification.SuccessRehashNeeded : PasswordVerification.Success;
    }

    /// <summary>
    /// Spends the same work as checking a password, for a sign-in with an unknown username, so
    /// that the response time does not tell which usernames exist. Always fails.
    /// </summary>
    public PasswordVerification VerifyUnknownUser(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        Rfc2898DeriveBytes.Pbkdf2(Bytes(password), new byte[SaltBytes], Iterations, HashAlgorithmName.SHA256, HashBytes);
        return PasswordVerification.Failed;
    }

    /// <summary>Whether <paramref name="stored"/> is malformed or uses fewer iterations than today's setting.</summary>
    public bool NeedsRehash(string stored) =>
        !TryParse(stored, out var iterations, out _, out _) || iterations < Iterations;

    private static byte[] Bytes(string password) => Encoding.UTF8.GetBytes(password);

    private static bool TryParse(string stored, out int iterations, out byte[] salt, out byte[] hash)
    {
        iterations = 0;
        salt = [];
        hash = [];
        var parts = stored.Split('$');
        if (parts.Length != 4 || parts[0] != Prefix
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out iterations)
            || iterations is < 1 or > MaxIterations)
        {
            return false;
        }

        try
        {
            salt = Convert.FromBase64String(parts[2]);
            hash = Convert.FromBase64String(parts[3]);
        }
        catch (FormatException)
        {
            return false;
        }

        return salt.Length >= 8 && hash.Length >= 16;
    }
}
