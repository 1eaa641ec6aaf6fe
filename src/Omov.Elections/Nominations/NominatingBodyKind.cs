namespace Omov.Elections.Nominations;

/// <summary>Who may make a supporting nomination (labour-rules.md §5.4, §2.2).</summary>
public enum NominatingBodyKind
{
    /// <summary>A local party (a CLP), one of the organisation's units.</summary>
    LocalParty,

    /// <summary>An affiliated organisation: a trade union or a socialist society.</summary>
    Affiliate,

    /// <summary>An elected member: an MP (the PLP) or an MEP (the EPLP).</summary>
    ElectedMember,
}
