using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Rulebooks;

/// <summary>A rulebook read from JSON and validated, or the reasons it could not be.</summary>
public sealed record RulebookLoadResult
{
    private RulebookLoadResult(Rulebook? rulebook, IReadOnlyList<RulebookError> errors)
    {
        Rulebook = rulebook;
        Errors = errors;
    }

    /// <summary>The rulebook, when there are no errors.</summary>
    public Rulebook? Rulebook { get; }

    /// <summary>Every problem found (empty on success).</summary>
    public IReadOnlyList<RulebookError> Errors { get; }

    /// <summary>Whether the rulebook loaded and validated.</summary>
    [MemberNotNullWhen(true, nameof(Rulebook))]
    public bool Success => Rulebook is not null;

    internal static RulebookLoadResult Ok(Rulebook rulebook) => new(rulebook, []);

    internal static RulebookLoadResult Failed(IReadOnlyList<RulebookError> errors) => new(null, errors);
}
