namespace Omov.Counting.Methods;

/// <summary>Every counting method, by CLI name.</summary>
public static class CountingMethods
{
    /// <summary>All methods, in the order help text lists them.</summary>
    public static IReadOnlyList<ICountingMethod> All { get; } =
    [
        new Plurality.FptpMethod(),
        new Plurality.BlockMethod(),
        new Av.AvMethod(),
        new Ers97.Ers97Method(),
        new Stv.ScottishStv(),
        new Stv.Wigm(),
        new Meek.MeekMethod(),
    ];

    /// <summary>The method called <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ICountingMethod? Find(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
}
