namespace Omov.Elections.Nominations;

/// <summary>An affiliated organisation that may nominate, with its affiliated membership as counted for the rules.</summary>
/// <param name="Code">A short stable code (the organisation unit's code when the register has one).</param>
/// <param name="Name">Its name.</param>
/// <param name="Kind">Trade union or socialist society.</param>
/// <param name="AffiliatedMembership">Its affiliated membership (2020: as of 31 Dec 2019, labour-rules.md §5.4).</param>
public sealed record Affiliate(string Code, string Name, AffiliateKind Kind, long AffiliatedMembership);
