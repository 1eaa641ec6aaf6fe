using System.Globalization;
using Omov.Elections.Audit;

namespace Omov.Elections.Staff;

/// <summary>
/// The staff sign-in, as pure steps the web pages drive: password, then second factor (a TOTP
/// code, or a recovery code), with lockout and an audit entry for every step. Nothing here stores
/// anything: each step returns the state to store.
/// </summary>
/// <remarks>
/// Unknown usernames, disabled accounts and wrong passwords get the same message and the same
/// hashing work, so the page does not reveal which usernames exist. Failures are counted for both
/// factors, and forgotten only when both are right.
/// </remarks>
public sealed class StaffSignIn
{
    /// <summary>What the person is told for any refused password step.</summary>
    public const string BadCredentials = "The username or password is not right.";

    private readonly TimeProvider _time;
    private readonly PasswordHasher _hasher;
    private readonly TotpAuthenticator _totp;
    private readonly SignInLockout _lockout;

    /// <summary>A sign-in with the given parts.</summary>
    public StaffSignIn(TimeProvider time, PasswordHasher hasher, SignInLockoutPolicy lockout)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(hasher);
        ArgumentNullException.ThrowIfNull(lockout);
        _time = time;
        _hasher = hasher;
        _totp = new TotpAuthenticator(time);
        _lockout = new SignInLockout(time, lockout);
    }

    /// <summary>Step one: the password, for <paramref name="account"/> (null when no account has the username typed).</summary>
    public SignInStep CheckPassword(StaffAccount? account, SignInAttempts attempts, string password)
    {
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(password);
        if (account is null)
        {
            _hasher.VerifyUnknownUser(password);
            return Refused(attempts, BadCredentials, "unknown-user");
        }

        var gate = _lockout.Gate(attempts);
        if (!gate.Open)
        {
            return new SignInStep { Outcome = SignInOutcome.LockedOut, Message = gate.Message, Attempts = attempts, AuditAction = AuditActions.StaffSignInFailed, AuditDetails = Details("locked-out") };
        }

        var verification = _hasher.Verify(password, account.PasswordHash);
        if (verification == PasswordVerification.Failed)
        {
            return Failure(attempts, BadCredentials, "password");
        }

        if (!account.Enabled)
        {
            // Said only after the right password, and then in the same words as a wrong one.
            return Refused(attempts, BadCredentials, "disabled");
        }

        var updated = verification == PasswordVerification.SuccessRehashNeeded ? account with { PasswordHash = _hasher.Hash(password) } : null;
        return new SignInStep
        {
            Outcome = account.HasSecondFactor ? SignInOutcome.SecondFactorNeeded : SignInOutcome.SecondFactorSetupNeeded,
            UpdatedAccount = updated,
            Attempts = attempts,
            AuditAction = AuditActions.StaffPasswordAccepted,
            AuditDetails = updated is null ? Details(null) : new Dictionary<string, string>(StringComparer.Ordinal) { ["rehashed"] = "true" },
        };
    }

    /// <summary>
    /// Step two: a six-digit TOTP code, or one of the account's recovery codes (told apart by
    /// length). Only after <see cref="CheckPassword"/> gave <see cref="SignInOutcome.SecondFactorNeeded"/>.
    /// </summary>
    public SignInStep CheckSecondFactor(StaffAccount account, SignInAttempts attempts, string code)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(attempts);
        ArgumentNullException.ThrowIfNull(code);
        if (account.TotpSecret is not { } secret)
        {
            throw new InvalidOperationException("The account has no second factor; enrol one first.");
        }

        var gate = _lockout.Gate(attempts);
        if (!gate.Open)
        {
            return new SignInStep { Outcome = SignInOutcome.LockedOut, Message = gate.Message, Attempts = attempts, AuditAction = AuditActions.StaffSignInFailed, AuditDetails = Details("locked-out") };
        }

        var now = _time.GetUtcNow();
        var compact = code.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        if (compact.Length > TotpAuthenticator.Digits)
        {
            var (accepted, remaining) = RecoveryCodes.Use(account.RecoveryCodeHashes, code);
            if (!accepted)
            {
                return Failure(attempts, "That recovery code is not right, or has been used.", "recovery-code");
            }

            return new SignInStep
            {
                Outcome = SignInOutcome.SignedIn,
                UpdatedAccount = account with { RecoveryCodeHashes = remaining, LastSignInAt = now },
                Attempts = SignInLockout.RecordSuccess(),
                AuditAction = AuditActions.RecoveryCodeUsed,
                AuditDetails = new Dictionary<string, string>(StringComparer.Ordinal) { ["remaining"] = remaining.Count.ToString(CultureInfo.InvariantCulture) },
            };
        }

        var check = _totp.Verify(secret, code, account.TotpLastUsedStep);
        if (!check.Accepted)
        {
            return Failure(attempts, check.Message!, "code-" + check.Failure!.Value.ToString().ToLowerInvariant());
        }

        return new SignInStep
        {
            Outcome = SignInOutcome.SignedIn,
            UpdatedAccount = account with { TotpLastUsedStep = check.Step, LastSignInAt = now },
            Attempts = SignInLockout.RecordSuccess(),
            AuditAction = AuditActions.StaffSignedIn,
        };
    }

    /// <summary>
    /// Enrolment: the person scanned <paramref name="newSecret"/> (from <see cref="TotpAuthenticator.NewSecret"/>)
    /// and typed the code their app shows. When right, returns the account with the secret and ten
    /// new recovery codes (their hashes), and the codes themselves, to show once.
    /// </summary>
    public (TotpCheck Check, StaffAccount? Account, IReadOnlyList<string> RecoveryCodes) EnrolSecondFactor(StaffAccount account, string newSecret, string code)
    {
        ArgumentNullException.ThrowIfNull(account);
        var check = _totp.Verify(newSecret, code, lastUsedStep: null);
        if (!check.Accepted)
        {
            return (check, null, []);
        }

        var codes = Staff.RecoveryCodes.Generate();
        var enrolled = account with
        {
            TotpSecret = newSecret,
            TotpLastUsedStep = check.Step,
            RecoveryCodeHashes = [.. codes.Select(Staff.RecoveryCodes.Hash)],
        };
        return (check, enrolled, codes);
    }

    private SignInStep Failure(SignInAttempts attempts, string message, string reason)
    {
        var after = _lockout.RecordFailure(attempts);
        var gate = _lockout.Gate(after);
        return gate.Open
            ? Refused(after, message, reason)
            : new SignInStep { Outcome = SignInOutcome.LockedOut, Message = gate.Message, Attempts = after, AuditAction = AuditActions.StaffLockedOut, AuditDetails = Details(reason) };
    }

    private static SignInStep Refused(SignInAttempts attempts, string message, string reason) =>
        new() { Outcome = SignInOutcome.Refused, Message = message, Attempts = attempts, AuditAction = AuditActions.StaffSignInFailed, AuditDetails = Details(reason) };

    private static Dictionary<string, string> Details(string? reason) =>
        reason is null ? new(StringComparer.Ordinal) : new(StringComparer.Ordinal) { ["reason"] = reason };
}
