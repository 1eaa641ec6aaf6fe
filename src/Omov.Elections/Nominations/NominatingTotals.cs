namespace Omov.Elections.Nominations;

/// <summary>The totals percentages are taken of, when the thresholds do not fix them.</summary>
/// <param name="ElectedMembers">How many MPs and MEPs are listed as nominating bodies.</param>
/// <param name="LocalParties">How many local parties the organisation has.</param>
/// <param name="AffiliatedMembership">The listed affiliates' affiliated membership, added up.</param>
public sealed record NominatingTotals(int ElectedMembers, int LocalParties, long AffiliatedMembership);
