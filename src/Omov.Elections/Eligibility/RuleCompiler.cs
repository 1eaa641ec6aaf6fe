using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

/// <summary>Turns validated rules into <see cref="CompiledRule"/> trees.</summary>
internal static class RuleCompiler
{
    public static CompiledRule Compile(Rule rule, TimeZoneInfo zone, IOrganisationTree tree) => rule switch
    {
        StatusRule r => new CompiledStatusRule(r.Allowed),
        JoinedByRule r => new CompiledJoinedByRule(r.By, zone),
        PaidUpByRule r => new CompiledPaidUpByRule(r.By),
        ContinuousMembershipRule r => new CompiledContinuousMembershipRule(r),
        ContinuousSinceRule r => new CompiledContinuousSinceRule(r.Since),
        NotInArrearsRule r => new CompiledNotInArrearsRule(r.On, r.GraceDays),
        SectionDeclaredRule r => new CompiledSectionDeclaredRule(r.Section, r.By, zone),
        AgeUnderRule r => new CompiledAgeUnderRule(r.Years, r.On),
        WithinUnitRule r => new CompiledWithinUnitRule(r.UnitCode, tree),
        CouncillorRule => new CompiledCouncillorRule(),
        AffiliatedSupportersRule r => new CompiledAffiliatedSupportersRule(r.Policy),
        AllOfRule r => new CompiledAllOfRule([.. r.Rules.Select(c => Compile(c, zone, tree))]),
        AnyOfRule r => new CompiledAnyOfRule([.. r.Rules.Select(c => Compile(c, zone, tree))]),
        NotRule r => new CompiledNotRule(Compile(r.Rule, zone, tree)),
        _ => throw new ArgumentException($"Unknown rule kind {rule.GetType().Name}.", nameof(rule)),
    };
}
