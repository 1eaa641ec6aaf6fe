namespace Omov.Elections.Delegates;

/// <summary>The counted members of one local party on the count date.</summary>
/// <param name="Code">The local party's unit code.</param>
/// <param name="Name">Its name.</param>
/// <param name="Members">Members counted.</param>
/// <param name="Women">Of them, women (self-identified by the end of the count date).</param>
/// <param name="Young">Of them, under the youth age limit on the count date.</param>
public sealed record LocalPartyCount(string Code, string Name, long Members, long Women, long Young);
