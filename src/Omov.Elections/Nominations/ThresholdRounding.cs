namespace Omov.Elections.Nominations;

/// <summary>
/// How a percentage of a total becomes a whole number of nominations. Labour's published 2020
/// figures (22 MPs/MEPs for 10%, 33 CLPs for 5%) are the percentages rounded up (labour-rules.md §5.4).
/// </summary>
public enum ThresholdRounding
{
    /// <summary>To the next whole number: 21.2 needs 22.</summary>
    Up,

    /// <summary>Down to a whole number: 21.8 needs 21.</summary>
    Down,

    /// <summary>To the nearest whole number, halves up: 21.5 needs 22, 21.4 needs 21.</summary>
    Nearest,
}
