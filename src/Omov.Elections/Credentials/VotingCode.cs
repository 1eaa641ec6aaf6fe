using System.Security.Cryptography;

namespace Omov.Elections.Credentials;

/// <summary>
/// A member's voting code for one ballot event: 128 random bits. Shown as 28 Crockford base-32
/// characters in seven groups of four (<c>3KQ7-M2XD-…</c>): 26 carry the 128 bits (read as one
/// 130-bit number, so the first character is always 0–7), and the last 2 are check characters
/// (<see cref="VotingCodeCheck"/>) that catch any one or two mistyped or swapped characters before
/// anything is looked up. <see cref="ToString"/> hides the code so it cannot slip into a log; ask
/// for <see cref="ToDisplayText"/> or <see cref="ToLinkToken"/> where it is meant to be shown.
/// </summary>
public sealed class VotingCode : IEquatable<VotingCode>
{
    /// <summary>Random bytes in a code.</summary>
    public const int ByteLength = 16;

    /// <summary>Characters in a code, check characters included.</summary>
    public const int Length = DataSymbols + 2;

    private const int DataSymbols = 26;

    private readonly byte[] _bytes;

    private VotingCode(byte[] bytes) => _bytes = bytes;

    /// <summary>A new code from the platform's cryptographic generator.</summary>
    public static VotingCode Generate() => new(RandomNumberGenerator.GetBytes(ByteLength));

    /// <summary>The code with these 16 bytes.</summary>
    public static VotingCode FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ByteLength)
        {
            throw new ArgumentException("A voting code is 16 bytes.", nameof(bytes));
        }

        return new VotingCode(bytes.ToArray());
    }

    /// <summary>
    /// Reads a code as a member typed it or as it came in a link: case, spaces and dashes do not
    /// matter, and I and L are read as 1, O as 0. Never throws for bad input.
    /// </summary>
    public static VotingCodeParseResult Parse(string? typed)
    {
        Span<int> symbols = stackalloc int[Length];
        var count = 0;
        var position = 0;
        foreach (var c in typed ?? string.Empty)
        {
            if (CrockfordBase32.IsSeparator(c))
            {
                continue;
            }

            position++;
            var value = CrockfordBase32.ValueOf(c);
            if (value < 0)
            {
                return VotingCodeParseResult.Fail(VotingCodeProblem.InvalidCharacter, VotingCodeMessages.InvalidCharacter(position));
            }

            if (count < Length)
            {
                symbols[count] = value;
            }

            count++;
        }

        if (count == 0)
        {
            return VotingCodeParseResult.Fail(VotingCodeProblem.Empty, VotingCodeMessages.Empty);
        }

        if (count != Length)
        {
            return VotingCodeParseResult.Fail(VotingCodeProblem.WrongLength, VotingCodeMessages.WrongLength(count));
        }

        // The first symbol holds the top 3 of 130 bits, the two above 128 being zero.
        if (symbols[0] > 7 || !VotingCodeCheck.IsValid(symbols))
        {
            return VotingCodeParseResult.Fail(VotingCodeProblem.CheckFailed, VotingCodeMessages.CheckFailed);
        }

        return VotingCodeParseResult.Ok(new VotingCode(ToBytes(symbols[..DataSymbols])));
    }

    /// <summary>The code as printed and emailed: seven groups of four characters joined by dashes.</summary>
    public string ToDisplayText() => CrockfordBase32.Group(Compact(), 4);

    /// <summary>
    /// The code for a link or QR code: the 28 characters without dashes. Only digits and capital
    /// letters, so it needs no URL escaping and fits a QR code's compact alphanumeric mode.
    /// </summary>
    public string ToLinkToken() => Compact();

    /// <summary>A copy of the 16 random bytes.</summary>
    public byte[] ToBytes() => (byte[])_bytes.Clone();

    /// <summary>Hidden, so a code never reaches a log by accident.</summary>
    public override string ToString() => "VotingCode(hidden)";

    /// <summary>Compares in constant time.</summary>
    public bool Equals(VotingCode? other) => other is not null && CryptographicOperations.FixedTimeEquals(_bytes, other._bytes);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as VotingCode);

    /// <inheritdoc/>
    public override int GetHashCode() => BitConverter.ToInt32(_bytes, 0);

    internal ReadOnlySpan<byte> Bytes => _bytes;

    private string Compact()
    {
        Span<int> symbols = stackalloc int[Length];
        // 130 bits: two zero bits, then the 128 bits of the code, five at a time.
        Span<byte> padded = stackalloc byte[17];
        padded.Clear();
        ShiftRight2(_bytes, padded);
        for (var i = 0; i < DataSymbols; i++)
        {
            symbols[i] = FiveBits(padded, i * 5);
        }

        (symbols[DataSymbols], symbols[DataSymbols + 1]) = VotingCodeCheck.For(symbols[..DataSymbols]);
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = CrockfordBase32.Alphabet[symbols[i]];
        }

        return new string(chars);
    }

    private static byte[] ToBytes(ReadOnlySpan<int> data)
    {
        // Collect 130 bits, then drop the two leading zero bits.
        var value = System.Numerics.BigInteger.Zero;
        foreach (var symbol in data)
        {
            value = (value << 5) | symbol;
        }

        var bytes = new byte[ByteLength];
        value.TryWriteBytes(bytes.AsSpan(ByteLength - value.GetByteCount(isUnsigned: true)), out _, isUnsigned: true, isBigEndian: true);
        return bytes;
    }

    private static void ShiftRight2(ReadOnlySpan<byte> source, Span<byte> target)
    {
        // target (136 bits) = two zero bits, the 128 source bits, six zero bits.
        var carry = 0;
        for (var i = 0; i < source.Length; i++)
        {
            target[i] = (byte)((carry << 6) | (source[i] >> 2));
            carry = source[i] & 0b11;
        }

        target[source.Length] = (byte)(carry << 6);
    }

    private static int FiveBits(ReadOnlySpan<byte> bytes, int bit)
    {
        var value = 0;
        for (var b = bit; b < bit + 5; b++)
        {
            value = (value << 1) | ((bytes[b / 8] >> (7 - (b % 8))) & 1);
        }

        return value;
    }
}
