using System.Security.Cryptography;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>
/// Seals ballots to an election public key: a fresh ephemeral P-256 key per ballot, ECDH with the
/// election key, HKDF-SHA256 to an AES-256 key, AES-256-GCM over the plaintext (layout in
/// <see cref="SealedBallotFormat"/>). Only the holder of the election private key — in Omov, k
/// scrutineers together — can open the result; the server that sealed it cannot.
/// </summary>
public static class BallotSealer
{
    /// <summary>
    /// Encodes <paramref name="ballot"/> padded to <paramref name="layout"/> and seals it bound to
    /// the event <paramref name="eventId"/>: what the web ballot and postal entry store.
    /// </summary>
    public static SealedBallot Seal(ElectionPublicKey electionPublicKey, string eventId, BallotPlaintext ballot, BallotLayout layout)
    {
        var plaintext = BallotEncoding.Encode(ballot, layout);
        try
        {
            return Seal(electionPublicKey, plaintext, BallotContext.ForEvent(eventId));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }

    /// <summary>
    /// Seals <paramref name="plaintext"/> (already padded, see <c>BallotEncoding</c>) bound to
    /// <paramref name="associatedData"/> (use <see cref="BallotContext.ForEvent"/>).
    /// </summary>
    public static SealedBallot Seal(ElectionPublicKey electionPublicKey, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(electionPublicKey);
        var sealedBytes = new byte[SealedBallotFormat.Overhead + plaintext.Length];
        var output = sealedBytes.AsSpan();
        output[0] = SealedBallotFormat.Version1;

        using var recipient = P256.ImportPublic(electionPublicKey.Point)
            ?? throw new InvalidOperationException("A validated election key failed to import.");
        using var ephemeral = ECDiffieHellman.Create(P256.Curve);
        var ephemeralPoint = P256.Encode(ephemeral.ExportParameters(includePrivateParameters: false).Q);
        ephemeralPoint.CopyTo(output.Slice(SealedBallotFormat.EphemeralKeyOffset, SealedBallotFormat.EphemeralKeyLength));
        RandomNumberGenerator.Fill(output.Slice(SealedBallotFormat.NonceOffset, SealedBallotFormat.NonceLength));

        var shared = ephemeral.DeriveRawSecretAgreement(recipient.PublicKey);
        Span<byte> key = stackalloc byte[SealedBallotFormat.KeyLength];
        try
        {
            SealingKdf.DeriveKey(shared, ephemeralPoint, electionPublicKey.Point, key);
            using var aes = new AesGcm(key, SealedBallotFormat.TagLength);
            aes.Encrypt(
                output.Slice(SealedBallotFormat.NonceOffset, SealedBallotFormat.NonceLength),
                plaintext,
                output.Slice(SealedBallotFormat.HeaderLength, plaintext.Length),
                output[^SealedBallotFormat.TagLength..],
                SealingKdf.AssociatedData(output[..SealedBallotFormat.HeaderLength], associatedData));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
            CryptographicOperations.ZeroMemory(key);
        }

        return SealedBallot.Wrap(sealedBytes);
    }
}
