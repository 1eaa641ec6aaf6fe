using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Nominations;

/// <summary>
/// A candidate's own eligibility, decided by the ordinary eligibility rules on their member record:
/// the thresholds' candidate rules, and <see cref="NominationThresholds.CandidateMonths"/> months of
/// continuous membership on the local date nominations close (labour-rules.md §1.5).
/// </summary>
public static class CandidateEligibility
{
    /// <summary>The rulebook a candidate must pass in <paramref name="period"/>; null when the thresholds set no condition.</summary>
    public static Rulebook? Rulebook(NominationPeriod period)
    {
        ArgumentNullException.ThrowIfNull(period);
        var thresholds = period.Thresholds;
        var rules = new List<Rule>(thresholds.CandidateRules ?? []);
        if (thresholds.CandidateMonths > 0)
        {
            rules.Add(new ContinuousMembershipRule(period.CloseDate(), Months: thresholds.CandidateMonths));
        }

        return rules.Count == 0
            ? null
            : new Rulebook(thresholds.Id + "-candidates", thresholds.Version, thresholds.Title + ": candidates", rules, period.TimeZone, thresholds.Source);
    }

    /// <summary>Whether <paramref name="member"/> may stand in <paramref name="period"/>, with the reason.</summary>
    public static EligibilityDecision Decide(NominationPeriod period, Member member, IOrganisationTree tree)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(tree);
        return Rulebook(period) is { } rulebook
            ? EligibilityEvaluator.Evaluate(member, rulebook, tree)
            : new EligibilityDecision(true, "eligible: the thresholds set no condition on candidates", []);
    }
}
