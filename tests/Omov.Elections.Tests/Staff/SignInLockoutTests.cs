using Microsoft.Extensions.Time.Testing;
using Omov.Elections.Staff;

namespace Omov.Elections.Tests.Staff;

public sealed class SignInLockoutTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 1, 20, 9, 0, 0, TimeSpan.Zero));

    private SignInLockout Lockout() => new(_clock, new SignInLockoutPolicy());

    private static SignInAttempts Fail(SignInLockout lockout, SignInAttempts attempts, int times)
    {
        for (var i = 0; i < times; i++)
        {
            attempts = lockout.RecordFailure(attempts);
        }

        return attempts;
    }

    [Fact]
    public void Gate_NoFailures_IsOpen() => Assert.True(Lockout().Gate(SignInAttempts.None).Open);

    [Fact]
    public void RecordFailure_FourFailures_StillOpen()
    {
        var lockout = Lockout();

        var attempts = Fail(lockout, SignInAttempts.None, 4);

        Assert.True(lockout.Gate(attempts).Open);
        Assert.Equal(4, attempts.Failures.Count);
    }

    [Fact]
    public void RecordFailure_FifthFailureInTheWindow_LocksForTheLockoutPeriod()
    {
        var lockout = Lockout();

        var attempts = Fail(lockout, SignInAttempts.None, 5);
        var gate = lockout.Gate(attempts);

        Assert.False(gate.Open);
        Assert.Equal(_clock.GetUtcNow().AddMinutes(15), gate.LockedUntil);
        Assert.Equal("Too many failed sign-ins. Try again in 15 minutes.", gate.Message);
    }

    [Fact]
    public void Gate_LockoutPeriodOver_IsOpenAgainWithAFreshCount()
    {
        var lockout = Lockout();
        var attempts = Fail(lockout, SignInAttempts.None, 5);

        _clock.Advance(TimeSpan.FromMinutes(14) + TimeSpan.FromSeconds(30));
        Assert.Equal("Too many failed sign-ins. Try again in 1 minute.", lockout.Gate(attempts).Message);
        _clock.Advance(TimeSpan.FromSeconds(30));

        Assert.True(lockout.Gate(attempts).Open);
        Assert.True(lockout.Gate(lockout.RecordFailure(attempts)).Open);
    }

    [Fact]
    public void RecordFailure_FailuresSpreadBeyondTheWindow_DoNotLock()
    {
        var lockout = Lockout();
        var attempts = SignInAttempts.None;
        for (var i = 0; i < 10; i++)
        {
            attempts = lockout.RecordFailure(attempts);
            _clock.Advance(TimeSpan.FromMinutes(4));
        }

        Assert.True(lockout.Gate(attempts).Open);
        Assert.True(attempts.Failures.Count < 5);
    }

    [Fact]
    public void RecordFailure_WhileLocked_DoesNotExtendTheLock()
    {
        var lockout = Lockout();
        var locked = Fail(lockout, SignInAttempts.None, 5);
        _clock.Advance(TimeSpan.FromMinutes(10));

        var after = lockout.RecordFailure(locked);

        Assert.Equal(locked, after);
    }

    [Fact]
    public void RecordSuccess_ForgetsFailures()
    {
        var lockout = Lockout();
        Assert.Equal(4, Fail(lockout, SignInAttempts.None, 4).Failures.Count);

        var afterSuccess = SignInLockout.RecordSuccess();
        var attempts = Fail(lockout, afterSuccess, 4);

        Assert.Empty(afterSuccess.Failures);
        Assert.Null(afterSuccess.LockedUntil);
        Assert.True(lockout.Gate(attempts).Open);
    }

    [Fact]
    public void Policy_Configured_LocksAfterItsOwnCount()
    {
        var lockout = new SignInLockout(_clock, new SignInLockoutPolicy { MaxFailures = 3, Window = TimeSpan.FromMinutes(5), LockoutPeriod = TimeSpan.FromHours(1) });

        var attempts = Fail(lockout, SignInAttempts.None, 3);

        Assert.Equal(_clock.GetUtcNow().AddHours(1), lockout.Gate(attempts).LockedUntil);
    }

    [Fact]
    public void Constructor_ZeroFailuresAllowed_IsAProgrammerError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SignInLockout(_clock, new SignInLockoutPolicy { MaxFailures = 0 }));
}
