using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledStatusRule(IReadOnlyList<MemberStatus> allowed) : CompiledRule
{
    private readonly uint _mask = allowed.Aggregate(0u, (mask, status) => mask | (1u << (int)status));
    private readonly string _allowedText = Wording.JoinOr(allowed.Distinct().Select(Wording.Status));

    public override string Kind => "status";

    public override bool Test(Member member) => (_mask & (1u << (int)member.Status)) != 0;

    public override RuleOutcome Explain(Member member) => Test(member)
        ? Outcome(true, $"member status is {Wording.Status(member.Status)} ({_allowedText} required)")
        : Outcome(false, $"member status is {Wording.Status(member.Status)}, not {_allowedText}");
}
