namespace Omov.Elections.Nominations;

/// <summary>Where an elected member sits.</summary>
public enum ElectedHouse
{
    /// <summary>The House of Commons (an MP, in the PLP).</summary>
    Commons,

    /// <summary>The European Parliament (an MEP, in the EPLP; until 31 Jan 2020).</summary>
    EuropeanParliament,
}
