using System.Diagnostics.CodeAnalysis;
using Omov.Counting;

namespace Omov.Elections.Results;

/// <summary>A contest's count, or why it could not be counted.</summary>
public sealed class ContestCountOutcome
{
    private ContestCountOutcome(CountResult? result, string? error)
    {
        Result = result;
        Error = error;
    }

    /// <summary>The count, when there was one.</summary>
    public CountResult? Result { get; }

    /// <summary>Why not.</summary>
    public string? Error { get; }

    /// <summary>Whether it was counted.</summary>
    [MemberNotNullWhen(true, nameof(Result))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Result is not null;

    internal static ContestCountOutcome Ok(CountResult result) => new(result, null);

    internal static ContestCountOutcome Fail(string error) => new(null, error);
}
