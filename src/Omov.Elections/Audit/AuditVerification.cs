namespace Omov.Elections.Audit;

/// <summary>
/// The outcome of <see cref="AuditChain.Verify"/>: either every entry checks out (with the count
/// and the last hash, to compare with a published one), or the first bad entry and why.
/// </summary>
public sealed record AuditVerification
{
    /// <summary>Whether the whole chain verified.</summary>
    public required bool IsValid { get; init; }

    /// <summary>Entries that verified (all of them when <see cref="IsValid"/>; those before the bad one otherwise).</summary>
    public required long VerifiedCount { get; init; }

    /// <summary>Hash of the last entry that verified (<see cref="AuditChain.GenesisHash"/> when none did).</summary>
    public required string LastHash { get; init; }

    /// <summary>1-based position in the input of the first bad entry; null when valid.</summary>
    public long? FailedPosition { get; init; }

    /// <summary>The sequence number written in the first bad entry; null when valid.</summary>
    public long? FailedSequence { get; init; }

    /// <summary>Why the first bad entry fails; null when valid.</summary>
    public AuditFailureKind? Failure { get; init; }

    /// <summary>A plain-English reason, naming what was expected and found (hashes and numbers only, no personal data).</summary>
    public string? Reason { get; init; }
}
