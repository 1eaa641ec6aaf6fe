namespace Omov.Elections.Delegates;

/// <summary>One local party's delegate entitlement, with the lines that explain it.</summary>
/// <param name="Party">The counts it was worked out from.</param>
/// <param name="BaseDelegates">Delegates for the first band (0 with no members).</param>
/// <param name="BandDelegates">Delegates for the further bands, before the cap.</param>
/// <param name="CapApplied">Whether the cap cut the ordinary delegates.</param>
/// <param name="Ordinary">Ordinary delegates after the cap.</param>
/// <param name="WomenExtra">Extra women's delegates.</param>
/// <param name="YouthExtra">Extra youth delegates.</param>
/// <param name="OrdinaryWomen">Women needed among the ordinary delegates (gender rule).</param>
/// <param name="LastSole">Last year's sole delegate, as the gender rule read it.</param>
/// <param name="Lines">The explanation, line by line.</param>
public sealed record DelegateEntitlement(
    LocalPartyCount Party,
    int BaseDelegates,
    int BandDelegates,
    bool CapApplied,
    int Ordinary,
    int WomenExtra,
    int YouthExtra,
    int OrdinaryWomen,
    LastYearSole LastSole,
    IReadOnlyList<EntitlementLine> Lines)
{
    /// <summary>Every delegate the party may send.</summary>
    public int Total => Ordinary + WomenExtra + YouthExtra;

    /// <summary>Women needed in the whole delegation: the ordinary women plus the women's extra.</summary>
    public int WomenNeeded => OrdinaryWomen + WomenExtra;

    /// <summary>The explanation as one paragraph.</summary>
    public string Explanation => string.Join("; ", Lines.Select(l => l.Text));
}
