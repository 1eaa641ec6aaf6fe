using System.Security.Cryptography;
using Omov.Elections.Credentials;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>
/// What a voter is shown to find their sealed ballot on the bulletin board: SHA-256 of the sealed
/// bytes, of which the first 80 bits are shown as 16 Crockford base-32 characters in four groups
/// (<c>7K3M-Q9TX-D2HA-5RWN</c>). 80 bits keep codes distinct: among a million ballots the chance
/// that any two share a code is about 4 × 10⁻¹³ (birthday bound n²/2⁸¹), and making a different ballot
/// with a given code takes about 2⁸⁰ tries. The full digest is kept for the published record.
/// </summary>
public sealed record TrackingCode
{
    /// <summary>Characters shown.</summary>
    public const int Length = 16;

    private TrackingCode(string text, string digest)
    {
        Text = text;
        Digest = digest;
    }

    /// <summary>The code as shown: four dash-separated groups of four.</summary>
    public string Text { get; }

    /// <summary>SHA-256 of the sealed ballot, 64 lowercase hex digits.</summary>
    public string Digest { get; }

    /// <summary>The tracking code of a sealed ballot's bytes.</summary>
    public static TrackingCode For(ReadOnlySpan<byte> sealedBallot)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(sealedBallot, hash);
        return new TrackingCode(
            CrockfordBase32.Group(CrockfordBase32.EncodeBits(hash, Length), 4),
            Convert.ToHexStringLower(hash));
    }

    /// <summary>
    /// A code as typed by a voter searching the bulletin board, in the form <see cref="Text"/> has,
    /// or null when it is not 16 base-32 characters. Case, spaces, dashes and I/L/O do not matter.
    /// </summary>
    public static string? Normalise(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var symbols = new List<char>(Length);
        foreach (var c in typed)
        {
            if (CrockfordBase32.IsSeparator(c))
            {
                continue;
            }

            var value = CrockfordBase32.ValueOf(c);
            if (value < 0 || symbols.Count == Length)
            {
                return null;
            }

            symbols.Add(CrockfordBase32.Alphabet[value]);
        }

        return symbols.Count == Length ? CrockfordBase32.Group(new string([.. symbols]), 4) : null;
    }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
