using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledContinuousSinceRule(DateOnly since) : CompiledRule
{
    private readonly int _sinceDay = since.DayNumber;

    public override string Kind => "continuousSince";

    public override bool Test(Member member) => member.ContinuousSince.DayNumber <= _sinceDay;

    public override RuleOutcome Explain(Member member) => Test(member)
        ? Outcome(true, $"a member continuously since {Wording.Date(member.ContinuousSince)}, on or before {Wording.Date(since)}")
        : Outcome(false, $"a member continuously only since {Wording.Date(member.ContinuousSince)}, after {Wording.Date(since)}");
}
