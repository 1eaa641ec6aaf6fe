namespace Omov.Elections.Staff;

/// <summary>Where a sign-in stands after a step of <see cref="StaffSignIn"/>.</summary>
public enum SignInOutcome
{
    /// <summary>Refused: unknown username, wrong password, disabled account, or a wrong code.</summary>
    Refused,

    /// <summary>Refused without checking anything: too many failures, try again later.</summary>
    LockedOut,

    /// <summary>Password right; now the six-digit code (or a recovery code).</summary>
    SecondFactorNeeded,

    /// <summary>Password right, but no second factor is set up yet: enrol one before going on.</summary>
    SecondFactorSetupNeeded,

    /// <summary>Both factors right: signed in.</summary>
    SignedIn,
}
