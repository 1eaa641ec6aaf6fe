using System.Security.Cryptography;

namespace Omov.Elections.Messages;

/// <summary>
/// The per-member token in an unsubscribe link: 128 random bits as 26 lowercase base-32
/// characters. It lets whoever holds the link unsubscribe that member from optional messages
/// (and subscribe again), nothing more, so it is stored as it is and reused in every message.
/// </summary>
public static class UnsubscribeToken
{
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    /// <summary>The length of a token.</summary>
    public const int Length = 26;

    /// <summary>A new random token.</summary>
    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var chars = new char[Length];
        // 26 symbols of 5 bits cover the 128 bits (the last symbol carries 3 bits and two zeros).
        for (var i = 0; i < Length; i++)
        {
            var bit = i * 5;
            var value = 0;
            for (var b = 0; b < 5; b++, bit++)
            {
                value <<= 1;
                if (bit < 128 && (bytes[bit / 8] & (0x80 >> (bit % 8))) != 0)
                {
                    value |= 1;
                }
            }

            chars[i] = Alphabet[value];
        }

        return new string(chars);
    }

    /// <summary>Whether <paramref name="text"/> could be a token (so a malformed link is refused without a database read).</summary>
    public static bool IsWellFormed(string? text) =>
        text is { Length: Length } && text.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}
