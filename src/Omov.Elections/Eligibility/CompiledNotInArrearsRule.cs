using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledNotInArrearsRule(DateOnly on, int graceDays) : CompiledRule
{
    private readonly int _neededDay = on.DayNumber - graceDays;

    public override string Kind => "notInArrears";

    public override bool Test(Member member) => member.PaidUpTo is { } paid && paid.DayNumber >= _neededDay;

    public override RuleOutcome Explain(Member member) => member.PaidUpTo switch
    {
        null => Outcome(false, $"in arrears on {Wording.Date(on)}: no subscription on record"),
        { } paid when Test(member) => Outcome(true, $"not in arrears on {Wording.Date(on)}: paid up to {Wording.Date(paid)}"),
        { } paid => Outcome(false, $"in arrears on {Wording.Date(on)}: paid up only to {Wording.Date(paid)}"),
    };
}
