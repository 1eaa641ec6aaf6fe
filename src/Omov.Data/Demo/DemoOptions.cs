namespace Omov.Data.Demo;

/// <summary>The size of the demonstration organisation.</summary>
public sealed record DemoOptions
{
    /// <summary>Members in the synthetic register.</summary>
    public int Members { get; init; } = 5_000;

    /// <summary>Local parties they belong to.</summary>
    public int LocalParties { get; init; } = 20;

    /// <summary>The generator's seed: the same seed gives the same members.</summary>
    public int Seed { get; init; } = 2020;
}
