namespace Omov.Counting;

/// <summary>
/// "At least" or "at most" <see cref="Count"/> of the candidates in <see cref="Group"/> must be
/// elected, e.g. at least 4 women of 9 NEC places (floor(seats/2) in Labour presets).
/// </summary>
/// <param name="Group">The group's name, a key of <see cref="CountOptions.Groups"/>.</param>
/// <param name="Kind">Minimum or maximum.</param>
/// <param name="Count">How many.</param>
public sealed record GroupLimit(string Group, GroupLimitKind Kind, int Count);

/// <summary>Whether a <see cref="GroupLimit"/> is a floor or a ceiling.</summary>
public enum GroupLimitKind
{
    /// <summary>At least this many of the group.</summary>
    Minimum,

    /// <summary>At most this many of the group.</summary>
    Maximum,
}
