using Omov.Data.Contests;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Services;

/// <summary>A stored contest with its rulebook read from the stored JSON.</summary>
/// <param name="Contest">The contest.</param>
/// <param name="Rulebook">Its rulebook.</param>
public sealed record ContestRules(Contest Contest, Rulebook Rulebook);
