using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledContinuousMembershipRule(ContinuousMembershipRule rule) : CompiledRule
{
    // Membership must have begun on or before this date for the period to have run by rule.On.
    private readonly DateOnly _latestStart = rule.On.AddMonths(-rule.Months).AddDays(-(7 * rule.Weeks) - rule.Days);
    private readonly string _period = Wording.Period(rule);

    public override string Kind => "continuousMembership";

    public override bool Test(Member member) => member.ContinuousSince.DayNumber <= _latestStart.DayNumber;

    public override RuleOutcome Explain(Member member) => Test(member)
        ? Outcome(true, $"a member continuously since {Wording.Date(member.ContinuousSince)}: at least {_period} on {Wording.Date(rule.On)}")
        : Outcome(false, $"a member continuously only since {Wording.Date(member.ContinuousSince)}: less than {_period} on {Wording.Date(rule.On)} (needed since {Wording.Date(_latestStart)} or earlier)");
}
