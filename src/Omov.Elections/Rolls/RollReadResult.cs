using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Rolls;

/// <summary>A roll read from its listing, or why it could not be read (one line: file, line, problem).</summary>
public sealed class RollReadResult
{
    private RollReadResult(Roll? roll, string? error)
    {
        Roll = roll;
        Error = error;
    }

    /// <summary>The roll, when the listing was well formed.</summary>
    public Roll? Roll { get; }

    /// <summary>The problem, when it was not.</summary>
    public string? Error { get; }

    /// <summary>Whether the listing was read.</summary>
    [MemberNotNullWhen(true, nameof(Roll))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Roll is not null;

    internal static RollReadResult Ok(Roll roll) => new(roll, null);

    internal static RollReadResult Fail(string error) => new(null, error);
}
