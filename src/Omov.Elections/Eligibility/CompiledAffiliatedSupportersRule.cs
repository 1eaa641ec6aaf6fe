using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledAffiliatedSupportersRule(AffiliatedSupporterPolicy policy) : CompiledRule
{
    public override string Kind => "affiliatedSupporters";

    public override bool Test(Member member) => policy switch
    {
        AffiliatedSupporterPolicy.Excluded => !member.IsAffiliatedSupporter,
        AffiliatedSupporterPolicy.Only => member.IsAffiliatedSupporter,
        _ => true,
    };

    public override RuleOutcome Explain(Member member) => (policy, member.IsAffiliatedSupporter) switch
    {
        (AffiliatedSupporterPolicy.Excluded, false) => Outcome(true, "an individual member (affiliated supporters excluded)"),
        (AffiliatedSupporterPolicy.Excluded, true) => Outcome(false, "an affiliated supporter, and affiliated supporters are excluded"),
        (AffiliatedSupporterPolicy.Only, true) => Outcome(true, "an affiliated supporter"),
        (AffiliatedSupporterPolicy.Only, false) => Outcome(false, "not an affiliated supporter (affiliated supporters only)"),
        (_, true) => Outcome(true, "an affiliated supporter (included)"),
        _ => Outcome(true, "an individual member (affiliated supporters also included)"),
    };
}
