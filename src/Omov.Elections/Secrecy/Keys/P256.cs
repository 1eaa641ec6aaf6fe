using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>The NIST P-256 facts the key code needs: the curve, the group order n and the byte sizes.</summary>
internal static class P256
{
    /// <summary>Bytes in a scalar (a private key or a share value), big-endian.</summary>
    public const int ScalarBytes = 32;

    /// <summary>Bytes in an uncompressed SEC 1 point: 0x04, then X and Y of 32 bytes each.</summary>
    public const int PointBytes = 65;

    /// <summary>The curve, as the BCL names it.</summary>
    public static ECCurve Curve => ECCurve.NamedCurves.nistP256;

    /// <summary>The prime order n of the base point (FIPS 186-4, D.1.2.3): the field Shamir's shares live in.</summary>
    public static readonly BigInteger Order = BigInteger.Parse(
        "0FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    /// <summary>A scalar as 32 big-endian bytes (the form <see cref="ECParameters.D"/> takes).</summary>
    public static byte[] ToBytes(BigInteger scalar)
    {
        var bytes = new byte[ScalarBytes];
        if (!scalar.TryWriteBytes(bytes.AsSpan(ScalarBytes - scalar.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true))
        {
            throw new ArgumentOutOfRangeException(nameof(scalar));
        }

        return bytes;
    }

    /// <summary>32 big-endian bytes as a non-negative scalar (not reduced).</summary>
    public static BigInteger FromBytes(ReadOnlySpan<byte> bytes) => new(bytes, isUnsigned: true, isBigEndian: true);

    /// <summary>Whether <paramref name="scalar"/> is a usable private key: 1 ≤ scalar &lt; n.</summary>
    public static bool IsValidScalar(BigInteger scalar) => scalar.Sign > 0 && scalar < Order;

    /// <summary>
    /// The public point scalar·G as SEC 1 bytes, computed by the platform from a private key with
    /// no public part (the BCL exposes no point arithmetic, but it derives Q from D on import).
    /// Null when the scalar is not a valid private key.
    /// </summary>
    public static byte[]? PublicPointFor(ReadOnlySpan<byte> scalar)
    {
        var d = scalar.ToArray();
        try
        {
            if (!IsValidScalar(FromBytes(d)))
            {
                return null;
            }

            using var key = ECDiffieHellman.Create(new ECParameters { Curve = Curve, D = d });
            return Encode(key.ExportParameters(includePrivateParameters: false).Q);
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

    /// <summary>A point as uncompressed SEC 1 bytes.</summary>
    public static byte[] Encode(ECPoint q)
    {
        var bytes = new byte[PointBytes];
        bytes[0] = 0x04;
        q.X.AsSpan().CopyTo(bytes.AsSpan(1, ScalarBytes));
        q.Y.AsSpan().CopyTo(bytes.AsSpan(1 + ScalarBytes, ScalarBytes));
        return bytes;
    }

    /// <summary>Uncompressed SEC 1 bytes as a point (not yet checked to lie on the curve).</summary>
    public static ECPoint Decode(ReadOnlySpan<byte> bytes) => new()
    {
        X = bytes.Slice(1, ScalarBytes).ToArray(),
        Y = bytes.Slice(1 + ScalarBytes, ScalarBytes).ToArray(),
    };

    /// <summary>
    /// A public key object for a point, or null when the bytes are not an uncompressed point on
    /// P-256 (the platform checks the curve equation on import, which stops invalid-curve attacks).
    /// </summary>
    public static ECDiffieHellman? ImportPublic(ReadOnlySpan<byte> point)
    {
        if (point.Length != PointBytes || point[0] != 0x04)
        {
            return null;
        }

        try
        {
            return ECDiffieHellman.Create(new ECParameters { Curve = Curve, Q = Decode(point) });
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
