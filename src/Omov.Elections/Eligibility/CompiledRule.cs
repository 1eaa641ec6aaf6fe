using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

/// <summary>
/// A rule prepared for fast evaluation: cut-offs converted to UTC ticks, unit subtrees expanded to
/// sets. <see cref="Test"/> allocates nothing; <see cref="Explain"/> builds the words and must agree
/// with it (a property test checks).
/// </summary>
internal abstract class CompiledRule
{
    public abstract string Kind { get; }

    public abstract bool Test(Member member);

    public abstract RuleOutcome Explain(Member member);

    protected RuleOutcome Outcome(bool passed, string reason) => new(Kind, passed, reason, []);
}
