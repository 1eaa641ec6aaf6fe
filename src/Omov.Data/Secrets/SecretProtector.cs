using System.Security.Cryptography;
using System.Text;

namespace Omov.Data.Secrets;

/// <summary>
/// Encrypts the few secrets Omov must read back (a staff member's TOTP secret) before they reach
/// the database, with AES-256-GCM under a key kept OUTSIDE the database (see
/// <see cref="SecretKeyFile"/>), so a copy of the database alone reveals none of them.
/// </summary>
/// <remarks>
/// A protected value is <c>v1.</c> followed by base64url of nonce (12 bytes) ‖ ciphertext ‖ tag
/// (16 bytes). The purpose (e.g. "staff-totp:ACCOUNT-ID") is the associated data, so a value
/// copied into another row or column does not decrypt there.
/// </remarks>
public sealed class SecretProtector
{
    private const string Prefix = "v1.";
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] _key;

    /// <summary>A protector with the 32-byte <paramref name="key"/>.</summary>
    public SecretProtector(ReadOnlySpan<byte> key)
    {
        if (key.Length != 32)
        {
            throw new ArgumentException("The secret key must be 32 bytes.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>Encrypts <paramref name="secret"/> for <paramref name="purpose"/>.</summary>
    public string Protect(string secret, string purpose)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(purpose);
        var plain = Encoding.UTF8.GetBytes(secret);
        var sealedBytes = new byte[NonceSize + plain.Length + TagSize];
        var nonce = sealedBytes.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using (var aes = new AesGcm(_key, TagSize))
        {
            aes.Encrypt(nonce, plain, sealedBytes.AsSpan(NonceSize, plain.Length), sealedBytes.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(purpose));
        }

        CryptographicOperations.ZeroMemory(plain);
        return Prefix + Convert.ToBase64String(sealedBytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>
    /// Decrypts a value from <see cref="Protect"/>; throws <see cref="SecretKeyMismatchException"/>
    /// when it was protected under another key (or for another purpose, or altered).
    /// </summary>
    public string Unprotect(string protectedSecret, string purpose)
    {
        ArgumentNullException.ThrowIfNull(protectedSecret);
        ArgumentNullException.ThrowIfNull(purpose);
        if (!protectedSecret.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new SecretKeyMismatchException("A stored secret is not in Omov's protected form (v1.); it was not written by this version of Omov.");
        }

        byte[] sealedBytes;
        try
        {
            var text = protectedSecret[Prefix.Length..].Replace('-', '+').Replace('_', '/');
            sealedBytes = Convert.FromBase64String(text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '='));
        }
        catch (FormatException)
        {
            throw new SecretKeyMismatchException("A stored secret is damaged (not base64url).");
        }

        if (sealedBytes.Length < NonceSize + TagSize)
        {
            throw new SecretKeyMismatchException("A stored secret is damaged (too short).");
        }

        var length = sealedBytes.Length - NonceSize - TagSize;
        var plain = new byte[length];
        try
        {
            using var aes = new AesGcm(_key, TagSize);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize, length), sealedBytes.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(purpose));
            return Encoding.UTF8.GetString(plain);
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new SecretKeyMismatchException("A stored secret does not open with this server's secret key: the key file differs from the one it was protected with (every server sharing a database needs the same key file; see OMOV_SECRET_KEY_FILE).");
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
