namespace Omov.Elections.Delegates;

/// <summary>Extra youth delegates where at least <paramref name="MinimumMembers"/> counted members are under <paramref name="AgeUnder"/> on the count date.</summary>
/// <param name="MinimumMembers">Young members needed (Labour: 30).</param>
/// <param name="AgeUnder">The age limit (Labour: under 27).</param>
/// <param name="Delegates">Extra delegates, each under the age limit (Labour: 1).</param>
public sealed record YouthExtraPlace(int MinimumMembers, int AgeUnder, int Delegates = 1);
