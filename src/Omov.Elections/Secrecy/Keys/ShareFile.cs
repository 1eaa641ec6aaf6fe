using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// A scrutineer's key share as they keep it: a small JSON text file (layout in
/// docs/secret-ballot.md and <see cref="ShareFileJson"/>) holding the share encrypted under a key
/// derived from their passphrase (PBKDF2-HMAC-SHA256, <see cref="DefaultIterations"/> iterations,
/// random 16-byte salt; then AES-256-GCM). Every other field — which election key, which share of
/// how many, the holder, the verification key, the KDF settings — is authenticated as GCM
/// associated data, so changing any of them makes the file fail to unlock.
/// </summary>
public sealed record ShareFile
{
    /// <summary>The <c>format</c> field's value.</summary>
    public const string FormatName = "omov-key-share";

    /// <summary>The version this code writes and reads.</summary>
    public const int Version1 = 1;

    /// <summary>
    /// PBKDF2 iterations for new files: above OWASP's 600,000 for SHA-256 because a share is
    /// unlocked only a few times per election and guards the whole ballot (about 0.3 s here).
    /// Argon2 would be better against GPUs but is not in the BCL.
    /// </summary>
    public const int DefaultIterations = 1_000_000;

    /// <summary>The most iterations a file may ask for (a bound on the work a forged file can cause).</summary>
    public const int MaxIterations = 10_000_000;

    internal const int SaltLength = 16;
    internal const int NonceLength = 12;
    internal const int TagLength = 16;

    /// <summary>The election key this is a share of.</summary>
    public required ElectionPublicKey ElectionPublicKey { get; init; }

    /// <summary>The share number, 1..<see cref="Count"/>.</summary>
    public required int Index { get; init; }

    /// <summary>Shares made (n).</summary>
    public required int Count { get; init; }

    /// <summary>Shares needed (k).</summary>
    public required int Threshold { get; init; }

    /// <summary>Who holds it, as the returning officer named them (a role or initials is enough).</summary>
    public required string Holder { get; init; }

    /// <summary>share·G as uncompressed SEC 1 bytes: lets anyone check an unlocked share without knowing the others.</summary>
    public required byte[] VerificationKey { get; init; }

    /// <summary>PBKDF2 iterations.</summary>
    public required int Iterations { get; init; }

    /// <summary>PBKDF2 salt.</summary>
    public required byte[] Salt { get; init; }

    /// <summary>AES-GCM nonce.</summary>
    public required byte[] Nonce { get; init; }

    /// <summary>The encrypted share value followed by the GCM tag (48 bytes).</summary>
    public required byte[] SealedShare { get; init; }

    /// <summary>Protects <paramref name="share"/> with <paramref name="passphrase"/>. Check the passphrase with <see cref="SharePassphrasePolicy"/> first.</summary>
    public static ShareFile Protect(KeyShare share, ElectionPublicKey electionPublicKey, string holder, string passphrase, int iterations = DefaultIterations)
    {
        ArgumentNullException.ThrowIfNull(share);
        ArgumentNullException.ThrowIfNull(electionPublicKey);
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(passphrase);
        ArgumentOutOfRangeException.ThrowIfLessThan(iterations, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(iterations, MaxIterations);
        if (share.KeyId != electionPublicKey.KeyId)
        {
            throw new ArgumentException("The share is not a share of this election key.", nameof(share));
        }

        var file = new ShareFile
        {
            ElectionPublicKey = electionPublicKey,
            Index = share.Index,
            Count = share.Count,
            Threshold = share.Threshold,
            Holder = holder,
            VerificationKey = P256.PublicPointFor(share.Value) ?? throw new ArgumentException("The share value is not a valid scalar.", nameof(share)),
            Iterations = iterations,
            Salt = RandomNumberGenerator.GetBytes(SaltLength),
            Nonce = RandomNumberGenerator.GetBytes(NonceLength),
            SealedShare = new byte[P256.ScalarBytes + TagLength],
        };
        var key = file.DeriveKey(passphrase);
        try
        {
            using var aes = new AesGcm(key, TagLength);
            aes.Encrypt(file.Nonce, share.Value, file.SealedShare.AsSpan(0, P256.ScalarBytes), file.SealedShare.AsSpan(P256.ScalarBytes), file.AssociatedData());
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }

        return file;
    }

    /// <summary>The share, if <paramref name="passphrase"/> is the one it was protected with and the file is intact.</summary>
    public ShareUnlockResult Unlock(string passphrase)
    {
        ArgumentNullException.ThrowIfNull(passphrase);
        var key = DeriveKey(passphrase);
        var value = new byte[P256.ScalarBytes];
        try
        {
            using var aes = new AesGcm(key, TagLength);
            aes.Decrypt(Nonce, SealedShare.AsSpan(0, P256.ScalarBytes), SealedShare.AsSpan(P256.ScalarBytes), value, AssociatedData());
        }
        catch (CryptographicException)
        {
            return ShareUnlockResult.Fail(ShareFileMessages.WrongPassphrase(Index));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(key);
        }

        var point = P256.PublicPointFor(value);
        if (point is null || !CryptographicOperations.FixedTimeEquals(point, VerificationKey))
        {
            CryptographicOperations.ZeroMemory(value);
            return ShareUnlockResult.Fail(ShareFileMessages.ValueDoesNotMatchVerificationKey(Index));
        }

        return ShareUnlockResult.Ok(new KeyShare(ElectionPublicKey.KeyId, Index, Count, Threshold, value));
    }

    /// <summary>The file's text: indented JSON, UTF-8, ending in a newline.</summary>
    public string ToText() => ShareFileJson.Write(this);

    /// <summary>Reads a share file's text, checking every field; never throws for bad text.</summary>
    public static ShareFileReadResult Read(string text) => ShareFileJson.Read(text);

    /// <summary>
    /// The associated data: every field but the ciphertext, one per line in a fixed order, so a
    /// changed field, however it is spelled in the JSON, fails the tag.
    /// </summary>
    internal byte[] AssociatedData() => Encoding.UTF8.GetBytes(string.Join('\n',
        FormatName,
        Version1.ToString(CultureInfo.InvariantCulture),
        ElectionPublicKey.ToBase64(),
        Index.ToString(CultureInfo.InvariantCulture),
        Count.ToString(CultureInfo.InvariantCulture),
        Threshold.ToString(CultureInfo.InvariantCulture),
        Holder,
        Convert.ToBase64String(VerificationKey),
        "pbkdf2-sha256",
        Iterations.ToString(CultureInfo.InvariantCulture),
        Convert.ToBase64String(Salt),
        Convert.ToBase64String(Nonce)));

    private byte[] DeriveKey(string passphrase) =>
        Rfc2898DeriveBytes.Pbkdf2(Encoding.UTF8.GetBytes(passphrase), Salt, Iterations, HashAlgorithmName.SHA256, 32);
}
