namespace Omov.Elections.Delegates;

/// <summary>Extra women's delegates where at least <paramref name="MinimumMembers"/> counted members are women.</summary>
/// <param name="MinimumMembers">Women members needed (Labour: 100).</param>
/// <param name="Delegates">Extra delegates, all women (Labour: 1).</param>
public sealed record WomenExtraPlace(int MinimumMembers, int Delegates = 1);
