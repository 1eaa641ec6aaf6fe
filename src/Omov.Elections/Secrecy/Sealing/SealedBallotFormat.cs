namespace Omov.Elections.Secrecy.Sealing;

/// <summary>
/// The byte layout of a sealed ballot, version 1 (docs/secret-ballot.md has the same table):
/// <code>
/// offset  size  field
/// 0       1     version, 0x01
/// 1       65    ephemeral P-256 public key, uncompressed SEC 1 (0x04 ‖ X ‖ Y)
/// 66      12    AES-GCM nonce, random
/// 78      L     ciphertext, as long as the (padded) plaintext
/// 78+L    16    AES-GCM tag
/// </code>
/// The key is HKDF-SHA256 of the ECDH shared secret with the salt <see cref="KdfSalt"/> and the info
/// <c>ephemeral key ‖ election key</c>; the GCM associated data is the 78-byte header followed by the
/// caller's associated data (the event binding from <see cref="BallotContext"/>).
/// </summary>
public static class SealedBallotFormat
{
    /// <summary>The version byte this code writes and reads.</summary>
    public const byte Version1 = 0x01;

    /// <summary>Offset of the ephemeral public key.</summary>
    public const int EphemeralKeyOffset = 1;

    /// <summary>Length of the ephemeral public key.</summary>
    public const int EphemeralKeyLength = 65;

    /// <summary>Offset of the nonce.</summary>
    public const int NonceOffset = EphemeralKeyOffset + EphemeralKeyLength;

    /// <summary>Length of the nonce (the GCM standard 96 bits).</summary>
    public const int NonceLength = 12;

    /// <summary>Length of the header (version, ephemeral key, nonce), which is authenticated too.</summary>
    public const int HeaderLength = NonceOffset + NonceLength;

    /// <summary>Length of the tag (the full 128 bits).</summary>
    public const int TagLength = 16;

    /// <summary>Bytes a sealed ballot adds to its plaintext.</summary>
    public const int Overhead = HeaderLength + TagLength;

    /// <summary>The HKDF salt: a fixed label naming the scheme and its version, so keys never collide with another use.</summary>
    public static ReadOnlySpan<byte> KdfSalt => "omov sealed ballot v1"u8;

    /// <summary>The AES key length (AES-256).</summary>
    internal const int KeyLength = 32;
}
