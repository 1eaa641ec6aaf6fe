namespace Omov.Elections.Rolls;

/// <summary>
/// A returning officer's approval of a frozen roll: who, when, and exactly which roll (by digest).
/// A separate record because the roll itself never changes.
/// </summary>
/// <param name="ContestId">The contest.</param>
/// <param name="RollDigest">The approved roll's digest.</param>
/// <param name="ApprovedBy">The returning officer's account name.</param>
/// <param name="ApprovedAt">When (UTC).</param>
public sealed record RollApproval(string ContestId, string RollDigest, string ApprovedBy, DateTimeOffset ApprovedAt)
{
    /// <summary>Records the approval now, by the injected clock.</summary>
    public static RollApproval Approve(Roll roll, string returningOfficer, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(roll);
        ArgumentException.ThrowIfNullOrWhiteSpace(returningOfficer);
        ArgumentNullException.ThrowIfNull(clock);
        return new RollApproval(roll.ContestId, roll.Digest, returningOfficer, clock.GetUtcNow());
    }

    /// <summary>Whether this approval is for exactly this roll.</summary>
    public bool Covers(Roll roll)
    {
        ArgumentNullException.ThrowIfNull(roll);
        return string.Equals(ContestId, roll.ContestId, StringComparison.Ordinal)
            && string.Equals(RollDigest, roll.Digest, StringComparison.Ordinal);
    }
}
