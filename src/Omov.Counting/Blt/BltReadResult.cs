using System.Diagnostics.CodeAnalysis;
using Omov.Counting.Ballots;

namespace Omov.Counting.Blt;

/// <summary>Either the ballots read from a BLT file or the error that stopped the reading.</summary>
public sealed class BltReadResult
{
    private BltReadResult(BallotBox? ballots, BltError? error)
    {
        Ballots = ballots;
        Error = error;
    }

    /// <summary>The ballots, when reading succeeded.</summary>
    public BallotBox? Ballots { get; }

    /// <summary>The error, when it failed.</summary>
    public BltError? Error { get; }

    /// <summary>Whether the file was read.</summary>
    [MemberNotNullWhen(true, nameof(Ballots))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Ballots is not null;

    /// <summary>A successful reading.</summary>
    public static BltReadResult Ok(BallotBox ballots) => new(ballots, null);

    /// <summary>A failed reading.</summary>
    public static BltReadResult Fail(BltError error) => new(null, error);
}
