using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledAllOfRule(CompiledRule[] rules) : CompiledRule
{
    public override string Kind => "allOf";

    public override bool Test(Member member)
    {
        foreach (CompiledRule rule in rules)
        {
            if (!rule.Test(member))
            {
                return false;
            }
        }

        return true;
    }

    public override RuleOutcome Explain(Member member)
    {
        RuleOutcome[] children = [.. rules.Select(r => r.Explain(member))];
        bool passed = children.All(c => c.Passed);
        string reason = passed
            ? string.Join("; ", children.Select(c => c.Reason))
            : string.Join("; ", children.Where(c => !c.Passed).Select(c => c.Reason));
        return new RuleOutcome(Kind, passed, reason, children);
    }
}
