namespace Omov.Elections.Staff;

/// <summary>
/// How many failed sign-ins lock an account, and for how long: by default 5 failures within
/// 15 minutes lock it for 15 minutes (the failures count whether the password or the code was wrong).
/// </summary>
public sealed record SignInLockoutPolicy
{
    /// <summary>Failures that lock the account.</summary>
    public int MaxFailures { get; init; } = 5;

    /// <summary>How far back failures count.</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long the account stays locked.</summary>
    public TimeSpan LockoutPeriod { get; init; } = TimeSpan.FromMinutes(15);
}
