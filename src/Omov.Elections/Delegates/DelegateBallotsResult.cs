using System.Diagnostics.CodeAnalysis;
using Omov.Counting.Ballots;

namespace Omov.Elections.Delegates;

/// <summary>Ballots read from typed lines, or the first problem with its line number.</summary>
public sealed record DelegateBallotsResult
{
    private DelegateBallotsResult(BallotBox? ballots, long papers, string? error)
    {
        Ballots = ballots;
        Papers = papers;
        Error = error;
    }

    /// <summary>The ballots, when there is no error.</summary>
    public BallotBox? Ballots { get; }

    /// <summary>Ballot papers entered.</summary>
    public long Papers { get; }

    /// <summary>What is wrong and on which line (never echoing more than candidate numbers).</summary>
    public string? Error { get; }

    /// <summary>Whether the ballots were read.</summary>
    [MemberNotNullWhen(true, nameof(Ballots))]
    public bool Success => Ballots is not null;

    internal static DelegateBallotsResult Ok(BallotBox ballots, long papers) => new(ballots, papers, null);

    internal static DelegateBallotsResult Failed(string error) => new(null, 0, error);
}
