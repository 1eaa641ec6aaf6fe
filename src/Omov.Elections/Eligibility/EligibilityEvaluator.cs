using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

/// <summary>Decides who is eligible under a rulebook.</summary>
public static class EligibilityEvaluator
{
    /// <summary>
    /// Compiles a rulebook for repeated use. The rulebook must be valid (see <see cref="RulebookValidator"/>);
    /// an invalid one is a programmer error here, because loading from JSON reports problems first.
    /// </summary>
    public static CompiledRulebook Compile(Rulebook rulebook, IOrganisationTree tree)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        ArgumentNullException.ThrowIfNull(tree);
        IReadOnlyList<RulebookError> errors = RulebookValidator.Validate(rulebook);
        if (errors.Count > 0)
        {
            throw new ArgumentException($"Rulebook '{rulebook.Id}' is not valid: {errors[0]}", nameof(rulebook));
        }

        TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(rulebook.TimeZone);
        CompiledRule[] rules = [.. rulebook.Rules.Select(r => RuleCompiler.Compile(r, zone, tree))];
        return new CompiledRulebook(rulebook, zone, rules);
    }

    /// <summary>Evaluates one member, with explanations. To evaluate many, <see cref="Compile"/> once.</summary>
    public static EligibilityDecision Evaluate(Member member, Rulebook rulebook, IOrganisationTree tree) =>
        Compile(rulebook, tree).Evaluate(member);
}
