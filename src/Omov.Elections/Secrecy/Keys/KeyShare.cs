using System.Security.Cryptography;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// One scrutineer's share of an election private key, unlocked (in memory, not protected). It is
/// made by the key ceremony or by <see cref="ShareFile.Unlock"/>, and used by <see cref="BoxOpening"/>.
/// Dispose it when done: the share value is zeroed.
/// </summary>
public sealed class KeyShare : IDisposable
{
    private readonly byte[] _value;

    internal KeyShare(string keyId, int index, int count, int threshold, byte[] value)
    {
        KeyId = keyId;
        Index = index;
        Count = count;
        Threshold = threshold;
        _value = value;
    }

    /// <summary>The <see cref="ElectionPublicKey.KeyId"/> of the key this is a share of.</summary>
    public string KeyId { get; }

    /// <summary>The share's number, 1..<see cref="Count"/> (its x on the sharing polynomial).</summary>
    public int Index { get; }

    /// <summary>How many shares were made (n).</summary>
    public int Count { get; }

    /// <summary>How many shares open the box (k).</summary>
    public int Threshold { get; }

    internal ReadOnlySpan<byte> Value => _value;

    /// <summary>Zeroes the share value.</summary>
    public void Dispose() => CryptographicOperations.ZeroMemory(_value);
}
