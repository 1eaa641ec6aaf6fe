using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

/// <summary>
/// A rulebook compiled once into a predicate tree. <see cref="IsEligible"/> allocates nothing per
/// member, for rolls of hundreds of thousands; <see cref="Evaluate"/> explains, for people.
/// </summary>
public sealed class CompiledRulebook
{
    private readonly CompiledRule[] _rules;

    internal CompiledRulebook(Rulebook rulebook, TimeZoneInfo zone, CompiledRule[] rules)
    {
        Rulebook = rulebook;
        TimeZone = zone;
        _rules = rules;
    }

    /// <summary>The rulebook compiled.</summary>
    public Rulebook Rulebook { get; }

    /// <summary>The organisation's zone, in which explanations give dates.</summary>
    public TimeZoneInfo TimeZone { get; }

    /// <summary>Whether the member passes every rule, without building explanations.</summary>
    public bool IsEligible(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        foreach (CompiledRule rule in _rules)
        {
            if (!rule.Test(member))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The index in <see cref="Rulebook"/>.Rules of the first top-level rule the member fails, or -1
    /// when eligible; allocates nothing, so counting "ineligible because of which rule" over a whole
    /// register costs no more than <see cref="IsEligible"/>.
    /// </summary>
    public int FirstFailing(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        for (int i = 0; i < _rules.Length; i++)
        {
            if (!_rules[i].Test(member))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The decision with every top-level rule's outcome and a summary sentence.</summary>
    public EligibilityDecision Evaluate(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        RuleOutcome[] outcomes = [.. _rules.Select(r => r.Explain(member))];
        bool eligible = outcomes.All(o => o.Passed);
        string summary = eligible
            ? "eligible: " + string.Join("; ", outcomes.Select(o => o.Reason))
            : "not eligible: " + string.Join("; ", outcomes.Where(o => !o.Passed).Select(o => o.Reason));
        return new EligibilityDecision(eligible, summary, outcomes);
    }
}
