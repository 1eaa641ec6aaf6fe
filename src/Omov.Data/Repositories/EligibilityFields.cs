using Omov.Elections.Rulebooks;

namespace Omov.Data.Repositories;

/// <summary>Which member fields a rulebook's rules read: what a lean read must load for them.</summary>
public static class EligibilityFields
{
    /// <summary>The fields <paramref name="rulebook"/>'s rules test (matching what each compiled rule reads).</summary>
    public static MemberFields Of(Rulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var fields = MemberFields.None;
        foreach (var rule in rulebook.Rules)
        {
            fields |= Of(rule);
        }

        return fields;
    }

    /// <summary>
    /// The statuses a top-level status rule admits, so a read can skip every other member at the
    /// source; null when the rulebook has no status rule at its top level.
    /// </summary>
    public static IReadOnlyList<Elections.Register.MemberStatus>? AdmittedStatuses(Rulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        IEnumerable<Elections.Register.MemberStatus>? admitted = null;
        foreach (var rule in rulebook.Rules.OfType<StatusRule>())
        {
            admitted = admitted is null ? rule.Allowed : admitted.Intersect(rule.Allowed);
        }

        return admitted?.Distinct().ToList();
    }

    private static MemberFields Of(Rule rule) => rule switch
    {
        StatusRule => MemberFields.Status,
        JoinedByRule => MemberFields.JoinedAt,
        PaidUpByRule or NotInArrearsRule => MemberFields.PaidUpTo,
        ContinuousMembershipRule or ContinuousSinceRule => MemberFields.ContinuousSince,
        SectionDeclaredRule => MemberFields.Sections,
        AgeUnderRule => MemberFields.DateOfBirth,
        WithinUnitRule => MemberFields.LocalParty,
        CouncillorRule => MemberFields.Councillor,
        AffiliatedSupportersRule => MemberFields.Affiliate,
        AllOfRule r => r.Rules.Aggregate(MemberFields.None, (f, c) => f | Of(c)),
        AnyOfRule r => r.Rules.Aggregate(MemberFields.None, (f, c) => f | Of(c)),
        NotRule r => Of(r.Rule),
        // A rule kind added later and not listed here: read everything rather than guess.
        _ => (MemberFields)~0,
    };
}
