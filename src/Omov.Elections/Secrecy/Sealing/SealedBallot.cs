namespace Omov.Elections.Secrecy.Sealing;

/// <summary>
/// A ballot sealed to an election key, in the byte layout of <see cref="SealedBallotFormat"/>. This
/// is all the ballot box stores: no voter, no time, nothing but these bytes (and a random row id).
/// </summary>
public sealed class SealedBallot
{
    private readonly byte[] _bytes;
    private TrackingCode? _trackingCode;

    private SealedBallot(byte[] bytes) => _bytes = bytes;

    /// <summary>The format version.</summary>
    public byte Version => _bytes[0];

    /// <summary>The ephemeral public key, 65 bytes.</summary>
    public ReadOnlySpan<byte> EphemeralPublicKey => _bytes.AsSpan(SealedBallotFormat.EphemeralKeyOffset, SealedBallotFormat.EphemeralKeyLength);

    /// <summary>The nonce, 12 bytes.</summary>
    public ReadOnlySpan<byte> Nonce => _bytes.AsSpan(SealedBallotFormat.NonceOffset, SealedBallotFormat.NonceLength);

    /// <summary>The ciphertext, as long as the plaintext.</summary>
    public ReadOnlySpan<byte> Ciphertext => _bytes.AsSpan(SealedBallotFormat.HeaderLength, _bytes.Length - SealedBallotFormat.Overhead);

    /// <summary>The tag, 16 bytes.</summary>
    public ReadOnlySpan<byte> Tag => _bytes.AsSpan(_bytes.Length - SealedBallotFormat.TagLength);

    /// <summary>The header the tag also covers: version, ephemeral key and nonce.</summary>
    public ReadOnlySpan<byte> Header => _bytes.AsSpan(0, SealedBallotFormat.HeaderLength);

    /// <summary>The number of bytes in the sealed form.</summary>
    public int Length => _bytes.Length;

    /// <summary>The voter's tracking code for this ballot.</summary>
    public TrackingCode TrackingCode => _trackingCode ??= TrackingCode.For(_bytes);

    /// <summary>
    /// Reads stored bytes, checking only the layout (length and version); whether the contents are
    /// genuine is known only when the ballot is opened. Never throws for bad bytes.
    /// </summary>
    public static SealedBallotReadResult Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < SealedBallotFormat.Overhead)
        {
            return SealedBallotReadResult.Fail(OpenFailure.Malformed, SealingMessages.TooShort(bytes.Length));
        }

        if (bytes[0] != SealedBallotFormat.Version1)
        {
            return SealedBallotReadResult.Fail(OpenFailure.UnsupportedVersion, SealingMessages.UnsupportedVersion(bytes[0]));
        }

        return SealedBallotReadResult.Ok(new SealedBallot(bytes.ToArray()));
    }

    /// <summary>The sealed form, to store.</summary>
    public byte[] ToBytes() => (byte[])_bytes.Clone();

    /// <summary>The sealed form without a copy.</summary>
    public ReadOnlySpan<byte> AsSpan() => _bytes;

    internal static SealedBallot Wrap(byte[] bytes) => new(bytes);
}
