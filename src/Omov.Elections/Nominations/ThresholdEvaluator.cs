using System.Globalization;

namespace Omov.Elections.Nominations;

/// <summary>
/// Decides whether a candidate's nominations meet a contest's thresholds, and says so in words.
/// The thresholds must be valid (<see cref="NominationThresholdsValidator"/>); loading from JSON checks that first.
/// </summary>
public static class ThresholdEvaluator
{
    /// <summary>Whether <paramref name="tally"/> meets <paramref name="thresholds"/>, with every part explained.</summary>
    public static RequirementOutcome Evaluate(NominationThresholds thresholds, NominatingTotals totals, CandidateTally tally)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(totals);
        ArgumentNullException.ThrowIfNull(tally);
        return Evaluate(thresholds.Requirement, thresholds.Rounding, totals, tally);
    }

    /// <summary>The thresholds in one sentence, e.g. "Nominations from at least 22 MPs/MEPs (10% of 212, rounded up), and then either …".</summary>
    public static string Describe(NominationThresholds thresholds, NominatingTotals totals)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(totals);
        string words = Describe(thresholds.Requirement, thresholds.Rounding, totals);
        return "Nominations from " + words + ".";
    }

    private static RequirementOutcome Evaluate(Requirement requirement, ThresholdRounding rounding, NominatingTotals totals, CandidateTally tally)
    {
        switch (requirement)
        {
            case ElectedMembersRequirement elected:
            {
                long needed = Needed(elected.Percent, elected.Count, elected.Of ?? totals.ElectedMembers, rounding);
                return Single(tally.ElectedMembers >= needed, Describe(requirement, rounding, totals), $"has {N(tally.ElectedMembers)}");
            }

            case LocalPartiesRequirement local:
            {
                long needed = Needed(local.Percent, local.Count, local.Of ?? totals.LocalParties, rounding);
                return Single(tally.LocalParties >= needed, Describe(requirement, rounding, totals), $"has {N(tally.LocalParties)}");
            }

            case AffiliatesRequirement affiliates:
            {
                long total = affiliates.MembershipOf ?? totals.AffiliatedMembership;
                bool membershipMet = affiliates.MembershipPercent == 0
                    || tally.AffiliatedMembership >= ThresholdMath.Needed(affiliates.MembershipPercent, total, rounding);
                bool met = tally.Affiliates >= affiliates.Minimum && tally.Unions >= affiliates.MinimumUnions && membershipMet;
                string has = $"has {Plural(tally.Affiliates, "affiliate")} ({Plural(tally.Unions, "trade union")}) with {N(tally.AffiliatedMembership)} affiliated members";
                return Single(met, Describe(requirement, rounding, totals), has);
            }

            case AllOfRequirement all:
            {
                RequirementOutcome[] parts = [.. all.Of.Select(r => Evaluate(r, rounding, totals, tally))];
                return new RequirementOutcome(parts.All(p => p.Met), "all of these", parts);
            }

            case AnyOfRequirement any:
            {
                RequirementOutcome[] parts = [.. any.Of.Select(r => Evaluate(r, rounding, totals, tally))];
                return new RequirementOutcome(parts.Any(p => p.Met), "at least one of these", parts);
            }

            default:
                throw new ArgumentException($"Unknown requirement {requirement?.GetType().Name ?? "null"}.", nameof(requirement));
        }
    }

    private static string Describe(Requirement requirement, ThresholdRounding rounding, NominatingTotals totals) => requirement switch
    {
        ElectedMembersRequirement elected => Share(elected.Percent, elected.Count, elected.Of ?? totals.ElectedMembers, rounding, "MP/MEP", "MPs/MEPs"),
        LocalPartiesRequirement local => Share(local.Percent, local.Count, local.Of ?? totals.LocalParties, rounding, "local party", "local parties"),
        AffiliatesRequirement affiliates => Affiliates(affiliates, rounding, totals),
        AllOfRequirement all => string.Join(", and then ", all.Of.Select(r => Describe(r, rounding, totals))),
        AnyOfRequirement { Of.Count: 2 } any => $"either {Describe(any.Of[0], rounding, totals)} or {Describe(any.Of[1], rounding, totals)}",
        AnyOfRequirement any => "one of: " + string.Join("; or ", any.Of.Select(r => Describe(r, rounding, totals))),
        _ => throw new ArgumentException($"Unknown requirement {requirement?.GetType().Name ?? "null"}.", nameof(requirement)),
    };

    private static string Share(decimal? percent, int? count, long total, ThresholdRounding rounding, string one, string many)
    {
        if (count is { } fixedCount)
        {
            return $"at least {N(fixedCount)} {(fixedCount == 1 ? one : many)}";
        }

        decimal share = percent ?? 0;
        long needed = ThresholdMath.Needed(share, total, rounding);
        return $"at least {N(needed)} {(needed == 1 ? one : many)} ({Percent(share)} of {N(total)}, {ThresholdMath.Words(rounding)})";
    }

    private static string Affiliates(AffiliatesRequirement affiliates, ThresholdRounding rounding, NominatingTotals totals)
    {
        string words = $"at least {Plural(affiliates.Minimum, "affiliate")}";
        if (affiliates.MinimumUnions > 0)
        {
            words += $", at least {N(affiliates.MinimumUnions)} of them trade union{(affiliates.MinimumUnions == 1 ? "" : "s")}";
        }

        if (affiliates.MembershipPercent > 0)
        {
            long total = affiliates.MembershipOf ?? totals.AffiliatedMembership;
            long needed = ThresholdMath.Needed(affiliates.MembershipPercent, total, rounding);
            words += $", together holding at least {Percent(affiliates.MembershipPercent)} of affiliated membership ({N(needed)} of {N(total)}, {ThresholdMath.Words(rounding)})";
        }

        return words;
    }

    private static long Needed(decimal? percent, int? count, long total, ThresholdRounding rounding) =>
        count ?? ThresholdMath.Needed(percent ?? 0, total, rounding);

    private static RequirementOutcome Single(bool met, string asks, string has) => new(met, $"{asks}: {has}", []);

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Plural(long value, string noun) => $"{N(value)} {noun}{(value == 1 ? "" : "s")}";

    private static string Percent(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
