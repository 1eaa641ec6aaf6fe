using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledPaidUpByRule(DateOnly by) : CompiledRule
{
    private readonly int _byDay = by.DayNumber;

    public override string Kind => "paidUpBy";

    public override bool Test(Member member) => member.PaidUpTo is { } paid && paid.DayNumber >= _byDay;

    public override RuleOutcome Explain(Member member) => member.PaidUpTo switch
    {
        null => Outcome(false, $"no subscription on record, so not paid up by the compliance date {Wording.Date(by)}"),
        { } paid when Test(member) => Outcome(true, $"paid up to {Wording.Date(paid)}, covering the compliance date {Wording.Date(by)}"),
        { } paid => Outcome(false, $"paid up only to {Wording.Date(paid)}, before the compliance date {Wording.Date(by)}"),
    };
}
