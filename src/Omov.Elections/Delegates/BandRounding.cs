namespace Omov.Elections.Delegates;

/// <summary>How a part of a band counts (labour-rules.md §7.1: "or part thereof" is read both ways).</summary>
public enum BandRounding
{
    /// <summary>A part band earns a delegate ("or part thereof": 750 members → 2).</summary>
    Up,

    /// <summary>Only a whole band earns a delegate (750 members → 1, 999 → 2).</summary>
    Down,
}
