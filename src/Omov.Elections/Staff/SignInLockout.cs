using System.Globalization;

namespace Omov.Elections.Staff;

/// <summary>
/// Locks an account after too many failed sign-ins (<see cref="SignInLockoutPolicy"/>). Check
/// <see cref="Gate"/> before looking at the password at all: a locked account gets the same answer
/// whether the password is right or not, so guessing gains nothing.
/// </summary>
public sealed class SignInLockout
{
    private readonly TimeProvider _time;

    /// <summary>Lockout by <paramref name="policy"/>, reading the time from <paramref name="time"/>.</summary>
    public SignInLockout(TimeProvider time, SignInLockoutPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.MaxFailures, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(policy.Window, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(policy.LockoutPeriod, TimeSpan.Zero);
        _time = time;
        Policy = policy;
    }

    /// <summary>The policy applied.</summary>
    public SignInLockoutPolicy Policy { get; }

    /// <summary>Whether a sign-in may be tried now.</summary>
    public SignInGate Gate(SignInAttempts attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var now = _time.GetUtcNow();
        if (attempts.LockedUntil is { } until && until > now)
        {
            var minutes = (int)Math.Ceiling((until - now).TotalMinutes);
            return new SignInGate(false, until, string.Create(CultureInfo.InvariantCulture, $"Too many failed sign-ins. Try again in {minutes} minute{(minutes == 1 ? string.Empty : "s")}."));
        }

        return new SignInGate(true, null, null);
    }

    /// <summary>Records a failed sign-in; the result is locked when it makes <see cref="SignInLockoutPolicy.MaxFailures"/> within the window.</summary>
    public SignInAttempts RecordFailure(SignInAttempts attempts)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        var now = _time.GetUtcNow();
        if (attempts.LockedUntil > now)
        {
            // Already locked: the attempt should not have been tried, and does not extend the lock.
            return attempts;
        }

        var recent = attempts.Failures.Where(failure => failure > now - Policy.Window).Append(now).ToList();
        return recent.Count >= Policy.MaxFailures
            ? new SignInAttempts { LockedUntil = now + Policy.LockoutPeriod }
            : new SignInAttempts { Failures = recent };
    }

    /// <summary>Records a successful sign-in: failures are forgotten.</summary>
    public static SignInAttempts RecordSuccess() => SignInAttempts.None;
}
