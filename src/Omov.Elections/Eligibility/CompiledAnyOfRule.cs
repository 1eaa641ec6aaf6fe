using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledAnyOfRule(CompiledRule[] rules) : CompiledRule
{
    public override string Kind => "anyOf";

    public override bool Test(Member member)
    {
        foreach (CompiledRule rule in rules)
        {
            if (rule.Test(member))
            {
                return true;
            }
        }

        return false;
    }

    public override RuleOutcome Explain(Member member)
    {
        RuleOutcome[] children = [.. rules.Select(r => r.Explain(member))];
        RuleOutcome? first = children.FirstOrDefault(c => c.Passed);
        return first is not null
            ? new RuleOutcome(Kind, true, first.Reason, children)
            : new RuleOutcome(Kind, false, "none of the alternatives holds: " + string.Join(" / ", children.Select(c => c.Reason)), children);
    }
}
