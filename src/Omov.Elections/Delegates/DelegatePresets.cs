using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Delegates;

/// <summary>Ready-made delegate rules. Section numbers and [Sn] tags refer to <c>reference/labour-rules.md</c>.</summary>
public static class DelegatePresets
{
    /// <summary>
    /// §7.1–§7.3 [S49][S50] (Rule C3.I.1.B as amended 2022): 1 delegate for the first 749 full members
    /// or part, 1 more for every further 250 or part, at most 6; an extra woman with 100 or more
    /// women members; an extra delegate under 27 with 30 or more young members, both above the cap;
    /// at least every second delegate a woman, a sole delegate a woman at least every other year.
    /// Members count when full and paid up on the count date (Labour counts at 31 December of the
    /// previous year: pass that date).
    /// </summary>
    public static DelegateRules Labour2022() => new(
        "labour-conference-delegates-2022",
        1,
        "Labour Party Conference: CLP delegates (Rule C3.I.1.B, 2022)",
        new CountedMembers([MemberStatus.Full], AffiliatedSupporterPolicy.Excluded, PaidUpOnCountDate: true),
        new DelegateBands(FirstBand: 749, FirstBandDelegates: 1, BandSize: 250, BandRounding.Up, Cap: 6),
        new WomenExtraPlace(MinimumMembers: 100),
        new YouthExtraPlace(MinimumMembers: 30, AgeUnder: 27),
        new GenderBalance(WomenEvery: 2, BandRounding.Down, SingleDelegateAlternates: true),
        Source: "labour-rules.md §7.1, §7.2, §7.3 [S49][S50]");

    /// <summary>The preset whose id matches, ignoring case; null if none.</summary>
    public static DelegateRules? Find(string id) =>
        string.Equals(id, Labour2022().Id, StringComparison.OrdinalIgnoreCase) || string.Equals(id, "labour", StringComparison.OrdinalIgnoreCase)
            ? Labour2022()
            : null;
}
