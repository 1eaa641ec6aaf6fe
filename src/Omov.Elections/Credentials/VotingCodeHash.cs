using System.Security.Cryptography;
using System.Text;

namespace Omov.Elections.Credentials;

/// <summary>
/// The only form of a voting code the server keeps: SHA-256 of <c>"omov/voting-code/v1" 0x00
/// eventId 0x00</c> followed by the code's 16 bytes. The event id is inside the hash, so a code
/// issued for one event never matches in another; the code is a fixed-length suffix, so no two
/// (event, code) pairs hash the same input. A fast hash is enough: 128 random bits cannot be
/// guessed from a stolen hash, unlike a password. Look a code up by this hash (an index), then
/// compare with <see cref="Matches"/>.
/// </summary>
public static class VotingCodeHash
{
    /// <summary>Bytes in a hash.</summary>
    public const int Length = 32;

    /// <summary>The stored hash of <paramref name="code"/> for the event <paramref name="eventId"/>.</summary>
    public static byte[] Compute(string eventId, VotingCode code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentNullException.ThrowIfNull(code);
        var prefix = Encoding.UTF8.GetBytes("omov/voting-code/v1\0" + eventId + "\0");
        var input = new byte[prefix.Length + VotingCode.ByteLength];
        prefix.CopyTo(input, 0);
        code.Bytes.CopyTo(input.AsSpan(prefix.Length));
        var hash = SHA256.HashData(input);
        CryptographicOperations.ZeroMemory(input);
        return hash;
    }

    /// <summary>Whether <paramref name="code"/> is the code <paramref name="stored"/> was made from, for this event; constant time.</summary>
    public static bool Matches(ReadOnlySpan<byte> stored, string eventId, VotingCode code) =>
        CryptographicOperations.FixedTimeEquals(stored, Compute(eventId, code));
}
