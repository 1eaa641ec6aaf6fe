using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>Stored bytes read as a sealed ballot, or why they are not one.</summary>
public sealed class SealedBallotReadResult
{
    private SealedBallotReadResult(SealedBallot? ballot, OpenFailure failure, string? error)
    {
        Ballot = ballot;
        Failure = failure;
        Error = error;
    }

    /// <summary>The ballot, when the layout was right.</summary>
    public SealedBallot? Ballot { get; }

    /// <summary>What was wrong, when it was not (<see cref="OpenFailure.None"/> on success).</summary>
    public OpenFailure Failure { get; }

    /// <summary>The problem in words, when it was not.</summary>
    public string? Error { get; }

    /// <summary>Whether the bytes have a sealed ballot's layout.</summary>
    [MemberNotNullWhen(true, nameof(Ballot))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Ballot is not null;

    internal static SealedBallotReadResult Ok(SealedBallot ballot) => new(ballot, OpenFailure.None, null);

    internal static SealedBallotReadResult Fail(OpenFailure failure, string error) => new(null, failure, error);
}
