namespace Omov.Elections.Credentials;

/// <summary>
/// Douglas Crockford's base 32 (https://www.crockford.com/base32.html): digits and capital letters
/// without I, L, O and U, so that what is printed can be read aloud and typed back. Reading is
/// forgiving the way Crockford specifies: lower case is upper case, I and L are read as 1, O as 0.
/// </summary>
internal static class CrockfordBase32
{
    /// <summary>The 32 symbols, in value order.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>
    /// The value (0–31) of a typed character after Crockford's folding, or -1 when it is not a
    /// symbol (U is deliberately not one; neither are separators, which callers strip first).
    /// </summary>
    public static int ValueOf(char c)
    {
        var upper = c is >= 'a' and <= 'z' ? (char)(c - 'a' + 'A') : c;
        upper = upper switch
        {
            'I' or 'L' => '1',
            'O' => '0',
            _ => upper,
        };
        return Alphabet.IndexOf(upper, StringComparison.Ordinal);
    }

    /// <summary>Whether <paramref name="c"/> is one of the separators people type between groups.</summary>
    public static bool IsSeparator(char c) => c is '-' or ' ' or '\t' or '\u00A0' or '\u2010' or '\u2011' or '\u2012' or '\u2013';

    /// <summary>
    /// The first <paramref name="symbols"/> five-bit symbols of <paramref name="bytes"/>, read as one
    /// big-endian bit string (bits past the end count as zero).
    /// </summary>
    public static string EncodeBits(ReadOnlySpan<byte> bytes, int symbols)
    {
        var chars = new char[symbols];
        for (var i = 0; i < symbols; i++)
        {
            chars[i] = Alphabet[FiveBitsAt(bytes, i * 5)];
        }

        return new string(chars);
    }

    /// <summary>Groups <paramref name="text"/> into runs of <paramref name="size"/> joined by dashes.</summary>
    public static string Group(string text, int size) =>
        string.Join('-', Enumerable.Range(0, (text.Length + size - 1) / size)
            .Select(i => text.Substring(i * size, Math.Min(size, text.Length - (i * size)))));

    private static int FiveBitsAt(ReadOnlySpan<byte> bytes, int bit)
    {
        var value = 0;
        for (var b = bit; b < bit + 5; b++)
        {
            var byteIndex = b / 8;
            var set = byteIndex < bytes.Length && (bytes[byteIndex] & (0x80 >> (b % 8))) != 0;
            value = (value << 1) | (set ? 1 : 0);
        }

        return value;
    }
}
