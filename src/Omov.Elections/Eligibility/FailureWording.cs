using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

/// <summary>
/// What failing a rule means, said of a group of members ("joined after 17:00 on 20 Jan 2020"),
/// for eligibility counts: staff see how many members each rule leaves off the roll.
/// </summary>
public static class FailureWording
{
    /// <summary>The words for members who fail <paramref name="rule"/>, to follow a count.</summary>
    public static string Describe(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return rule switch
        {
            StatusRule r => "status not " + Wording.JoinOr(r.Allowed.Distinct().Select(Wording.Status)),
            JoinedByRule r => "joined after " + Wording.Cutoff(r.By),
            PaidUpByRule r => "not paid up by " + Wording.Date(r.By),
            ContinuousMembershipRule r => $"not a member continuously for {Wording.Period(r)} on {Wording.Date(r.On)}",
            ContinuousSinceRule r => "not a member continuously since " + Wording.Date(r.Since),
            NotInArrearsRule r => "in arrears on " + Wording.Date(r.On) + (r.GraceDays > 0 ? $" (after {r.GraceDays} days' grace)" : string.Empty),
            SectionDeclaredRule r => $"not self-identified as {Wording.Section(r.Section)} by {Wording.Cutoff(r.By)}",
            AgeUnderRule r => $"not under {r.Years} on {Wording.Date(r.On)} (or no date of birth)",
            WithinUnitRule r => "not within " + r.UnitCode,
            CouncillorRule => "not a councillor",
            AffiliatedSupportersRule r => r.Policy switch
            {
                AffiliatedSupporterPolicy.Excluded => "affiliated supporters (not admitted)",
                AffiliatedSupporterPolicy.Only => "not affiliated supporters",
                _ => "affiliated supporter rule",
            },
            AllOfRule r => "failed one of " + r.Rules.Count + " combined conditions",
            AnyOfRule r => "met none of " + r.Rules.Count + " alternatives",
            NotRule r => "excluded: the opposite of \"" + Describe(r.Rule) + "\"",
            _ => rule.GetType().Name,
        };
    }

    /// <summary>The words for a section's members in counts ("women", "BAME"...).</summary>
    public static string SectionName(Section section) => section switch
    {
        Section.Women => "women",
        Section.Bame => "BAME",
        Section.Disabled => "disabled",
        Section.LgbtPlus => "LGBT+",
        _ => section.ToString(),
    };
}
