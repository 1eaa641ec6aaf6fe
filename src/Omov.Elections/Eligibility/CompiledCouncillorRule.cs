using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledCouncillorRule : CompiledRule
{
    public override string Kind => "councillor";

    public override bool Test(Member member) => member.IsCouncillor;

    public override RuleOutcome Explain(Member member) => member.IsCouncillor
        ? Outcome(true, "a serving councillor")
        : Outcome(false, "not a serving councillor");
}
