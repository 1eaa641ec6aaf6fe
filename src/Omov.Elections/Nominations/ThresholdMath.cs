namespace Omov.Elections.Nominations;

/// <summary>Turns a percentage of a total into a whole number needed, exactly (decimal arithmetic, no floating point).</summary>
public static class ThresholdMath
{
    /// <summary>
    /// <paramref name="percent"/>% of <paramref name="total"/>, rounded as <paramref name="rounding"/> says, and
    /// at least 1: a threshold is never met by no nominations at all.
    /// </summary>
    public static long Needed(decimal percent, long total, ThresholdRounding rounding)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percent);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        decimal exact = percent * total / 100m;
        decimal whole = rounding switch
        {
            ThresholdRounding.Up => Math.Ceiling(exact),
            ThresholdRounding.Down => Math.Floor(exact),
            ThresholdRounding.Nearest => Math.Round(exact, MidpointRounding.AwayFromZero),
            _ => throw new ArgumentOutOfRangeException(nameof(rounding), rounding, "unknown rounding"),
        };
        return Math.Max(1, (long)whole);
    }

    /// <summary>How the rounding reads after a figure: "rounded up".</summary>
    public static string Words(ThresholdRounding rounding) => rounding switch
    {
        ThresholdRounding.Up => "rounded up",
        ThresholdRounding.Down => "rounded down",
        _ => "rounded to the nearest whole number",
    };
}
