namespace Omov.Elections.Register;

/// <summary>The levels of a membership organisation, from the widest to the narrowest, plus affiliates.</summary>
public enum OrganisationUnitKind
{
    /// <summary>A nation (England, Scotland, Wales).</summary>
    Nation,

    /// <summary>A region within a nation (e.g. London, North West).</summary>
    Region,

    /// <summary>A local party (a Constituency Labour Party, CLP).</summary>
    LocalParty,

    /// <summary>A branch or ward within a local party.</summary>
    Branch,

    /// <summary>An affiliated organisation: a trade union or socialist society.</summary>
    Affiliate,
}
