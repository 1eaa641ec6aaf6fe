using System.Security.Cryptography;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// An election's private key, whole: it exists only during the key ceremony (to be split) and
/// after k scrutineers open the box (rebuilt from their shares). Dispose it as soon as it is no
/// longer needed; the platform key object is freed and every scalar copy this class made is zeroed.
/// </summary>
internal sealed class ElectionPrivateKey : IDisposable
{
    private readonly ECDiffieHellman _key;

    private ElectionPrivateKey(ECDiffieHellman key)
    {
        _key = key;
        PublicKey = ElectionPublicKey.FromTrustedPoint(P256.Encode(key.ExportParameters(includePrivateParameters: false).Q));
    }

    public ElectionPublicKey PublicKey { get; }

    /// <summary>A new random key from the platform's generator.</summary>
    public static ElectionPrivateKey Generate() => new(ECDiffieHellman.Create(P256.Curve));

    /// <summary>The key for a scalar (32 big-endian bytes), or null when it is not in 1..n-1. The caller zeroes its copy.</summary>
    public static ElectionPrivateKey? FromScalar(ReadOnlySpan<byte> scalar)
    {
        if (scalar.Length != P256.ScalarBytes || !P256.IsValidScalar(P256.FromBytes(scalar)))
        {
            return null;
        }

        var d = scalar.ToArray();
        try
        {
            return new ElectionPrivateKey(ECDiffieHellman.Create(new ECParameters { Curve = P256.Curve, D = d }));
        }
        catch (CryptographicException)
        {
            return null;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(d);
        }
    }

    /// <summary>The scalar as 32 big-endian bytes. The caller must zero the array when done.</summary>
    public byte[] ExportScalar()
    {
        var parameters = _key.ExportParameters(includePrivateParameters: true);
        return parameters.D!;
    }

    /// <summary>The ECDH shared secret (the x coordinate of d·P) with a validated public key.</summary>
    public byte[] Agree(ECDiffieHellman otherParty) => _key.DeriveRawSecretAgreement(otherParty.PublicKey);

    public void Dispose() => _key.Dispose();
}
