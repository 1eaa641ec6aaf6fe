namespace Omov.Elections.Staff;

/// <summary>An account's recent failed sign-ins and lock, as storage keeps them. Immutable: <see cref="SignInLockout"/> returns a new one.</summary>
public sealed record SignInAttempts
{
    /// <summary>No failures, not locked.</summary>
    public static readonly SignInAttempts None = new();

    /// <summary>When recent failures happened (UTC), oldest first.</summary>
    public IReadOnlyList<DateTimeOffset> Failures { get; init; } = [];

    /// <summary>Until when the account is locked, if it was locked.</summary>
    public DateTimeOffset? LockedUntil { get; init; }
}
