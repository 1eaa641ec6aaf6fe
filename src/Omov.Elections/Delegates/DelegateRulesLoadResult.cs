using System.Diagnostics.CodeAnalysis;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Delegates;

/// <summary>Delegate rules read from JSON and validated, or every reason they could not be.</summary>
public sealed record DelegateRulesLoadResult
{
    private DelegateRulesLoadResult(DelegateRules? rules, IReadOnlyList<RulebookError> errors)
    {
        Rules = rules;
        Errors = errors;
    }

    /// <summary>The rules, when there are no errors.</summary>
    public DelegateRules? Rules { get; }

    /// <summary>Every problem found, each naming its JSON path (empty on success).</summary>
    public IReadOnlyList<RulebookError> Errors { get; }

    /// <summary>Whether the rules loaded and validated.</summary>
    [MemberNotNullWhen(true, nameof(Rules))]
    public bool Success => Rules is not null;

    internal static DelegateRulesLoadResult Ok(DelegateRules rules) => new(rules, []);

    internal static DelegateRulesLoadResult Failed(IReadOnlyList<RulebookError> errors) => new(null, errors);
}
