using System.Diagnostics.CodeAnalysis;
using Omov.Elections.Secrecy.Ballots;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>
/// A sealed ballot opened and decoded in one step, or why not: it did not open
/// (<see cref="Failure"/> says how), or it opened but its plaintext is malformed
/// (<see cref="Failure"/> is <see cref="OpenFailure.None"/> and <see cref="Error"/> names the byte).
/// </summary>
public sealed class UnsealedBallot
{
    private UnsealedBallot(BallotPlaintext? ballot, OpenFailure failure, string? error)
    {
        Ballot = ballot;
        Failure = failure;
        Error = error;
    }

    /// <summary>The voter's choices, when it opened and decoded.</summary>
    public BallotPlaintext? Ballot { get; }

    /// <summary>Why it did not open; <see cref="OpenFailure.None"/> when it opened (even if it then failed to decode).</summary>
    public OpenFailure Failure { get; }

    /// <summary>The problem, when there was one.</summary>
    public string? Error { get; }

    /// <summary>Whether it opened and decoded.</summary>
    [MemberNotNullWhen(true, nameof(Ballot))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Ballot is not null;

    internal static UnsealedBallot Ok(BallotPlaintext ballot) => new(ballot, OpenFailure.None, null);

    internal static UnsealedBallot Fail(OpenFailure failure, string error) => new(null, failure, error);
}
