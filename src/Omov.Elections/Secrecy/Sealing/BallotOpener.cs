using System.Security.Cryptography;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>
/// Opens sealed ballots with the whole election private key. One exists only after the key
/// ceremony's proof or after k scrutineers open the box (<see cref="BoxOpening"/>); dispose it when
/// the box has been opened, which frees the key. Bad bytes never throw: each ballot gives an
/// <see cref="OpenedBallot"/> saying whether it opened. Not thread-safe; use one per thread.
/// </summary>
public sealed class BallotOpener : IDisposable
{
    private readonly ElectionPrivateKey _key;

    internal BallotOpener(ElectionPrivateKey key) => _key = key;

    /// <summary>The public key this opener matches.</summary>
    public ElectionPublicKey PublicKey => _key.PublicKey;

    /// <summary>Opens a ballot cast in the event <paramref name="eventId"/> and decodes it against the event's layout.</summary>
    public UnsealedBallot Open(ReadOnlySpan<byte> sealedBallot, string eventId, BallotLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var opened = Open(sealedBallot, BallotContext.ForEvent(eventId));
        if (!opened.Success)
        {
            return UnsealedBallot.Fail(opened.Failure, opened.Error);
        }

        var decoded = BallotEncoding.Decode(opened.Plaintext, layout);
        CryptographicOperations.ZeroMemory(opened.Plaintext);
        return decoded.Success ? UnsealedBallot.Ok(decoded.Ballot) : UnsealedBallot.Fail(OpenFailure.None, decoded.Error);
    }

    /// <summary>Opens stored sealed bytes bound to <paramref name="associatedData"/>.</summary>
    public OpenedBallot Open(ReadOnlySpan<byte> sealedBallot, ReadOnlySpan<byte> associatedData)
    {
        var read = SealedBallot.Read(sealedBallot);
        return read.Success ? Open(read.Ballot, associatedData) : OpenedBallot.Fail(read.Failure, read.Error);
    }

    /// <summary>Opens a sealed ballot bound to <paramref name="associatedData"/>.</summary>
    public OpenedBallot Open(SealedBallot sealedBallot, ReadOnlySpan<byte> associatedData)
    {
        ArgumentNullException.ThrowIfNull(sealedBallot);
        using var ephemeral = P256.ImportPublic(sealedBallot.EphemeralPublicKey);
        if (ephemeral is null)
        {
            return OpenedBallot.Fail(OpenFailure.InvalidEphemeralKey, SealingMessages.InvalidEphemeralKey);
        }

        byte[] shared;
        try
        {
            shared = _key.Agree(ephemeral);
        }
        catch (CryptographicException)
        {
            return OpenedBallot.Fail(OpenFailure.InvalidEphemeralKey, SealingMessages.InvalidEphemeralKey);
        }

        Span<byte> key = stackalloc byte[SealedBallotFormat.KeyLength];
        var plaintext = new byte[sealedBallot.Ciphertext.Length];
        try
        {
            SealingKdf.DeriveKey(shared, sealedBallot.EphemeralPublicKey, _key.PublicKey.Point, key);
            using var aes = new AesGcm(key, SealedBallotFormat.TagLength);
            aes.Decrypt(sealedBallot.Nonce, sealedBallot.Ciphertext, sealedBallot.Tag, plaintext,
                SealingKdf.AssociatedData(sealedBallot.Header, associatedData));
            return OpenedBallot.Ok(plaintext);
        }
        catch (CryptographicException)
        {
            // AuthenticationTagMismatchException is one; the platform zeroes the output on failure.
            return OpenedBallot.Fail(OpenFailure.AuthenticationFailed, SealingMessages.AuthenticationFailed);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(shared);
            CryptographicOperations.ZeroMemory(key);
        }
    }

    /// <summary>Frees the private key.</summary>
    public void Dispose() => _key.Dispose();
}
