using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Results;

/// <summary>The opened and counted box, or why a contest could not be counted.</summary>
public sealed class BoxCountResult
{
    private BoxCountResult(long opened, long rejected, IReadOnlyList<ContestOutcome>? contests, string? error)
    {
        BallotsInBox = opened;
        BallotsRejected = rejected;
        Contests = contests;
        Error = error;
    }

    /// <summary>Sealed ballots read from the box.</summary>
    public long BallotsInBox { get; }

    /// <summary>Of those, ballots that did not open or decode (none, unless the box was tampered with).</summary>
    public long BallotsRejected { get; }

    /// <summary>Each contest, in ballot order.</summary>
    public IReadOnlyList<ContestOutcome>? Contests { get; }

    /// <summary>Why the box could not be counted.</summary>
    public string? Error { get; }

    /// <summary>Whether every contest was counted.</summary>
    [MemberNotNullWhen(true, nameof(Contests))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Contests is not null;

    internal static BoxCountResult Ok(long opened, long rejected, IReadOnlyList<ContestOutcome> contests) => new(opened, rejected, contests, null);

    internal static BoxCountResult Fail(string error) => new(0, 0, null, error);
}
