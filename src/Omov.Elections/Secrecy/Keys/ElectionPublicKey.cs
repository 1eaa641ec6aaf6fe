using System.Security.Cryptography;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// An election's public key: a P-256 point, kept as its 65-byte uncompressed SEC 1 encoding.
/// Ballots are sealed to it; anyone may hold it. Its <see cref="KeyId"/> names it in share files
/// and records, so a share from another election's ceremony is recognised as such.
/// </summary>
public sealed class ElectionPublicKey : IEquatable<ElectionPublicKey>
{
    private readonly byte[] _point;

    private ElectionPublicKey(byte[] point)
    {
        _point = point;
        KeyId = Convert.ToHexStringLower(SHA256.HashData(point).AsSpan(0, 16));
    }

    /// <summary>The first 128 bits of SHA-256 of the point, as 32 lowercase hex digits.</summary>
    public string KeyId { get; }

    /// <summary>The point as a validated key, or null when the bytes are not an uncompressed P-256 point.</summary>
    public static ElectionPublicKey? FromBytes(ReadOnlySpan<byte> point)
    {
        using var key = P256.ImportPublic(point);
        return key is null ? null : new ElectionPublicKey(point.ToArray());
    }

    /// <summary>The key from its Base64 text (<see cref="ToBase64"/>), or null when it is not one.</summary>
    public static ElectionPublicKey? FromBase64(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var bytes = new byte[P256.PointBytes];
        return Convert.TryFromBase64String(text, bytes, out var written) && written == P256.PointBytes ? FromBytes(bytes) : null;
    }

    /// <summary>The 65-byte uncompressed SEC 1 encoding.</summary>
    public byte[] ToBytes() => (byte[])_point.Clone();

    /// <summary>The encoding in standard Base64 (88 characters).</summary>
    public string ToBase64() => Convert.ToBase64String(_point);

    /// <inheritdoc/>
    public bool Equals(ElectionPublicKey? other) => other is not null && _point.AsSpan().SequenceEqual(other._point);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ElectionPublicKey);

    /// <inheritdoc/>
    public override int GetHashCode() => BitConverter.ToInt32(_point, 1);

    /// <inheritdoc/>
    public override string ToString() => "P-256 election key " + KeyId;

    internal ReadOnlySpan<byte> Point => _point;

    internal static ElectionPublicKey FromTrustedPoint(byte[] point) => new(point);
}
