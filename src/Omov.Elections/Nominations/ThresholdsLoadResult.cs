using System.Diagnostics.CodeAnalysis;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Nominations;

/// <summary>Nomination thresholds read from JSON and validated, or every reason they could not be.</summary>
public sealed record ThresholdsLoadResult
{
    private ThresholdsLoadResult(NominationThresholds? thresholds, IReadOnlyList<RulebookError> errors)
    {
        Thresholds = thresholds;
        Errors = errors;
    }

    /// <summary>The thresholds, when there are no errors.</summary>
    public NominationThresholds? Thresholds { get; }

    /// <summary>Every problem found, each with its JSON path (empty on success).</summary>
    public IReadOnlyList<RulebookError> Errors { get; }

    /// <summary>Whether they loaded and validated.</summary>
    [MemberNotNullWhen(true, nameof(Thresholds))]
    public bool Success => Thresholds is not null;

    internal static ThresholdsLoadResult Ok(NominationThresholds thresholds) => new(thresholds, []);

    internal static ThresholdsLoadResult Failed(IReadOnlyList<RulebookError> errors) => new(null, errors);
}
