using System.Globalization;
using System.Numerics;

namespace Omov.Counting.Arithmetic;

/// <summary>
/// An exact, non-floating quantity of votes: a whole number of units of 10^-9 of a vote.
/// </summary>
/// <remarks>
/// Every method counts in this one scale and narrows to its own precision (2 dp for ERS97,
/// 5 dp for Scottish STV, 9 dp for Meek) with <see cref="Truncate"/>, <see cref="RoundUp"/>
/// or the <c>MultiplyDivide</c> helpers, so that two methods never disagree because of the
/// representation. A single scale keeps sums of different methods' figures comparable and
/// lets the hot loops add plain <see cref="long"/> units. The range (±9.2 billion votes)
/// is far beyond any electorate; products go through <see cref="Int128"/> so they cannot
/// overflow, and sums are checked (the project compiles with overflow checking on).
/// </remarks>
public readonly struct Votes : IEquatable<Votes>, IComparable<Votes>
{
    /// <summary>The most decimal places any method uses.</summary>
    public const int MaxDecimals = 9;

    /// <summary>Units in one whole vote.</summary>
    public const long UnitsPerVote = 1_000_000_000;

    private static readonly long[] s_powers =
    [
        1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
    ];

    private readonly long _units;

    private Votes(long units) => _units = units;

    /// <summary>No votes.</summary>
    public static Votes Zero => default;

    /// <summary>One whole vote.</summary>
    public static Votes One => new(UnitsPerVote);

    /// <summary>The smallest step at the given precision, e.g. 0.01 for 2 decimals.</summary>
    public static Votes Epsilon(int decimals) => new(StepUnits(decimals));

    /// <summary>The raw value in units of 10^-9 of a vote.</summary>
    public long Units => _units;

    /// <summary>Whether this is exactly zero.</summary>
    public bool IsZero => _units == 0;

    /// <summary>A whole number of votes.</summary>
    public static Votes FromWhole(long votes) => new(checked(votes * UnitsPerVote));

    /// <summary>A value from raw units of 10^-9 of a vote.</summary>
    public static Votes FromUnits(long units) => new(units);

    /// <summary>Reads an invariant decimal such as <c>12954.9</c> with at most 9 decimals.</summary>
    public static Votes Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var whole = dot < 0 ? text : text[..dot];
        var fraction = dot < 0 ? string.Empty : text[(dot + 1)..];
        if (fraction.Length > MaxDecimals)
        {
            throw new FormatException($"'{text}' has more than {MaxDecimals} decimal places.");
        }

        var negative = whole.StartsWith('-');
        var units = checked((long.Parse(negative ? whole[1..] : whole, NumberStyles.None, CultureInfo.InvariantCulture) * UnitsPerVote)
            + (fraction.Length == 0 ? 0 : long.Parse(fraction.PadRight(MaxDecimals, '0'), NumberStyles.None, CultureInfo.InvariantCulture)));
        return new Votes(negative ? -units : units);
    }

    /// <summary>This value with digits beyond <paramref name="decimals"/> dropped (towards zero).</summary>
    public Votes Truncate(int decimals)
    {
        var step = StepUnits(decimals);
        return new Votes(_units - (_units % step));
    }

    /// <summary>This value rounded up (towards +∞) to <paramref name="decimals"/> places.</summary>
    public Votes RoundUp(int decimals)
    {
        var step = StepUnits(decimals);
        var remainder = _units % step;
        return remainder > 0 ? new Votes(checked(_units - remainder + step)) : new Votes(_units - remainder);
    }

    /// <summary>
    /// (<paramref name="a"/> × <paramref name="b"/>) ÷ <paramref name="c"/>, exact in 128 bits,
    /// then truncated to <paramref name="decimals"/> places.
    /// </summary>
    public static Votes MultiplyDivideTruncate(Votes a, Votes b, Votes c, int decimals)
    {
        if (c._units == 0)
        {
            throw new DivideByZeroException("A transfer or keep value divided by zero votes.");
        }

        var exact = (Int128)a._units * b._units / c._units;
        return FromInt128(exact).Truncate(decimals);
    }

    /// <summary>
    /// (<paramref name="a"/> × <paramref name="b"/>) ÷ <paramref name="c"/> rounded up to
    /// <paramref name="decimals"/> places (for Meek keep values, which must never fall short).
    /// </summary>
    public static Votes MultiplyDivideRoundUp(Votes a, Votes b, Votes c, int decimals)
    {
        if (c._units == 0)
        {
            throw new DivideByZeroException("A keep value divided by zero votes.");
        }

        var step = StepUnits(decimals);
        var numerator = (Int128)a._units * b._units;
        var denominator = (Int128)c._units * step;
        var quotient = Int128.DivRem(numerator, denominator);
        var steps = quotient.Quotient + (quotient.Remainder > 0 ? 1 : 0);
        return FromInt128(steps * step);
    }

    /// <summary>This value times a whole number of papers.</summary>
    public Votes Times(long papers) => new(checked(_units * papers));

    /// <summary>(this × <paramref name="factor"/>) in units, truncated to <paramref name="decimals"/>.</summary>
    public Votes MultiplyTruncate(Votes factor, int decimals) =>
        FromInt128((Int128)_units * factor._units / UnitsPerVote).Truncate(decimals);

    /// <summary>(this × <paramref name="factor"/>) rounded up to <paramref name="decimals"/>.</summary>
    public Votes MultiplyRoundUp(Votes factor, int decimals) =>
        MultiplyDivideRoundUp(this, factor, One, decimals);

    /// <summary>This value divided by a whole number, truncated to <paramref name="decimals"/>.</summary>
    public Votes DivideTruncate(long divisor, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(divisor);
        return new Votes(_units / divisor).Truncate(decimals);
    }

    /// <summary>Whether dividing by <paramref name="divisor"/> is exact at <paramref name="decimals"/> places.</summary>
    public bool DividesExactly(long divisor, int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(divisor);
        return _units % divisor == 0 && new Votes(_units / divisor).Truncate(decimals)._units == _units / divisor;
    }

    /// <summary>The value as a ratio of two big integers, for reports that want exactness.</summary>
    public BigInteger ToBigUnits() => _units;

    /// <summary>Formats with exactly <paramref name="decimals"/> places (truncating, never rounding).</summary>
    public string ToString(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        var truncated = Truncate(decimals)._units;
        var negative = truncated < 0;
        var magnitude = negative ? -(Int128)truncated : truncated;
        var whole = magnitude / UnitsPerVote;
        var fraction = magnitude % UnitsPerVote;
        var text = whole.ToString(CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            text += "." + (fraction / s_powers[MaxDecimals - decimals]).ToString(CultureInfo.InvariantCulture).PadLeft(decimals, '0');
        }

        return negative ? "-" + text : text;
    }

    /// <inheritdoc />
    public override string ToString() => ToString(MaxDecimals);

    /// <inheritdoc />
    public bool Equals(Votes other) => _units == other._units;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Votes other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _units.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Votes other) => _units.CompareTo(other._units);

    /// <summary>The smaller of two values.</summary>
    public static Votes Min(Votes a, Votes b) => a._units <= b._units ? a : b;

    /// <summary>The larger of two values.</summary>
    public static Votes Max(Votes a, Votes b) => a._units >= b._units ? a : b;

#pragma warning disable CS1591 // operators are self-explanatory
    public static Votes operator +(Votes a, Votes b) => new(checked(a._units + b._units));
    public static Votes operator -(Votes a, Votes b) => new(checked(a._units - b._units));
    public static Votes operator -(Votes a) => new(checked(-a._units));
    public static bool operator ==(Votes a, Votes b) => a._units == b._units;
    public static bool operator !=(Votes a, Votes b) => a._units != b._units;
    public static bool operator <(Votes a, Votes b) => a._units < b._units;
    public static bool operator >(Votes a, Votes b) => a._units > b._units;
    public static bool operator <=(Votes a, Votes b) => a._units <= b._units;
    public static bool operator >=(Votes a, Votes b) => a._units >= b._units;
#pragma warning restore CS1591

    private static long StepUnits(int decimals)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(decimals, MaxDecimals);
        return s_powers[MaxDecimals - decimals];
    }

    private static Votes FromInt128(Int128 units)
    {
        if (units > long.MaxValue || units < long.MinValue)
        {
            throw new OverflowException("A vote value is beyond ±9.2 billion votes.");
        }

        return new Votes((long)units);
    }
}
