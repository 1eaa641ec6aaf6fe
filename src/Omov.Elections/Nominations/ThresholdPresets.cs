using Omov.Elections.Rulebooks;

namespace Omov.Elections.Nominations;

/// <summary>
/// Thresholds of real contests. Section numbers and [Sn] tags refer to <c>reference/labour-rules.md</c>.
/// Percentages are rounded up: the published 2020 figures (22 MPs/MEPs, 33 CLPs) are 10% and 5% rounded up
/// (DERIVED there, §5.4). Leader and Deputy are separate contests, so a CLP may nominate one candidate for
/// each; in the NEC CLP section a CLP could nominate up to 9 in 2018 (§2.2.2, assumed for 2020).
/// </summary>
public static class ThresholdPresets
{
    /// <summary>The preset whose thresholds id or name matches, ignoring case; null if none.</summary>
    public static ThresholdPreset? Find(string idOrName) =>
        All.FirstOrDefault(p => string.Equals(p.Thresholds.Id, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(p => string.Equals(p.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every preset.</summary>
    public static IReadOnlyList<ThresholdPreset> All { get; } =
    [
        new("Leader 2020",
            "10% of MPs and MEPs, then either 5% of CLPs or 3 affiliates (2 of them unions) with 5% of affiliated membership; one nomination per body.",
            Leader2020()),
        new("Deputy Leader 2020",
            "The same thresholds as the Leader: 10% of MPs and MEPs, then 5% of CLPs or 3 affiliates (2 unions) with 5% of affiliated membership.",
            Deputy2020()),
        new("NEC CLP section 2020",
            "Nominations from 5 CLPs; candidates need 12 months' continuous membership by the close of nominations; a CLP may nominate up to 9.",
            NecClp2020()),
    ];

    /// <summary>§5.4 [S39][S40][S33]: the rules agreed in 2018, used for the 2020 vacancy.</summary>
    public static NominationThresholds Leader2020() => LeadershipRules("labour-leader-2020-nominations", "Labour Leader 2020: supporting nominations");

    /// <summary>§5.4 [S39][S40][S33], §5.1 [S42]: the Deputy is a separate ballot with the same thresholds.</summary>
    public static NominationThresholds Deputy2020() => LeadershipRules("labour-deputy-2020-nominations", "Labour Deputy Leader 2020: supporting nominations");

    /// <summary>§2.2.1 [S26][S5], §1.5 [S26][S27][S25], §2.2.2 [S26] (cap of 9 assumed for 2020).</summary>
    public static NominationThresholds NecClp2020() => new(
        "labour-nec-clp-2020-nominations",
        1,
        "Labour NEC CLP section 2020: CLP nominations",
        new LocalPartiesRequirement(Count: 5),
        ThresholdRounding.Up,
        CandidateMonths: 12,
        CandidateRules: [new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded)],
        NominationsPerBody: 9,
        Source: "labour-rules.md §1.5, §2.2.1, §2.2.2 [S26][S27][S5][S25]");

    private static NominationThresholds LeadershipRules(string id, string title) => new(
        id,
        1,
        title,
        new AllOfRequirement(
        [
            new ElectedMembersRequirement(Percent: 10),
            new AnyOfRequirement(
            [
                new LocalPartiesRequirement(Percent: 5),
                new AffiliatesRequirement(Minimum: 3, MinimumUnions: 2, MembershipPercent: 5),
            ]),
        ]),
        ThresholdRounding.Up,
        CandidateMonths: 0,
        CandidateRules: [new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded)],
        NominationsPerBody: 1,
        Source: "labour-rules.md §5.4 [S39][S40][S33]");
}
