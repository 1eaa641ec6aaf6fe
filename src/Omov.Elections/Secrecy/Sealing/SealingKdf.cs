using System.Security.Cryptography;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>The one key derivation both sides use, so sealing and opening cannot drift apart.</summary>
internal static class SealingKdf
{
    /// <summary>
    /// AES-256 key = HKDF-SHA256(IKM: shared secret, salt: <see cref="SealedBallotFormat.KdfSalt"/>,
    /// info: ephemeral key ‖ election key). Both public keys go into the info, as ECIES and HPKE do,
    /// so the key is tied to this exact pair and not only to the shared x coordinate.
    /// </summary>
    public static void DeriveKey(ReadOnlySpan<byte> sharedSecret, ReadOnlySpan<byte> ephemeralPoint, ReadOnlySpan<byte> electionPoint, Span<byte> key)
    {
        Span<byte> info = stackalloc byte[ephemeralPoint.Length + electionPoint.Length];
        ephemeralPoint.CopyTo(info);
        electionPoint.CopyTo(info[ephemeralPoint.Length..]);
        HKDF.DeriveKey(HashAlgorithmName.SHA256, sharedSecret, key, SealedBallotFormat.KdfSalt, info);
    }

    /// <summary>The GCM associated data: the sealed header, then the caller's binding.</summary>
    public static byte[] AssociatedData(ReadOnlySpan<byte> header, ReadOnlySpan<byte> binding)
    {
        var data = new byte[header.Length + binding.Length];
        header.CopyTo(data);
        binding.CopyTo(data.AsSpan(header.Length));
        return data;
    }
}
