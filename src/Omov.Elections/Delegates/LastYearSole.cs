namespace Omov.Elections.Delegates;

/// <summary>Last year's delegate, where the local party sent only one (labour-rules.md §7.2: a woman at least every other year).</summary>
public enum LastYearSole
{
    /// <summary>No record of last year (or last year's delegation was not a single delegate).</summary>
    Unknown,

    /// <summary>Last year's sole delegate was a woman: this year's may be a man or a woman.</summary>
    Woman,

    /// <summary>Last year's sole delegate was a man: this year's must be a woman.</summary>
    Man,
}
