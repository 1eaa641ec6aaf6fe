using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledNotRule(CompiledRule rule) : CompiledRule
{
    public override string Kind => "not";

    public override bool Test(Member member) => !rule.Test(member);

    public override RuleOutcome Explain(Member member)
    {
        RuleOutcome inner = rule.Explain(member);
        return inner.Passed
            ? new RuleOutcome(Kind, false, $"excluded because {inner.Reason}", [inner])
            : new RuleOutcome(Kind, true, $"not excluded: {inner.Reason}", [inner]);
    }
}
