using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using Omov.Web.Auditing;

namespace Omov.Web.Staff;

/// <summary>
/// Runs the steps of <see cref="StaffSignIn"/> against stored accounts: loads the account and its
/// failed attempts, applies the step, and stores what changed with its audit entry.
/// </summary>
internal sealed class StaffSignInService(OmovDatabase database, WebAudit audit, TimeProvider time)
{
    private readonly StaffSignIn _signIn = new(time, new PasswordHasher(), new SignInLockoutPolicy());

    public async Task<SignInResult> CheckPasswordAsync(string username, string password, CancellationToken cancellationToken)
    {
        var account = await database.StaffAccounts.GetAsync(username.Trim().ToLowerInvariant(), cancellationToken).ConfigureAwait(false);
        var attempts = account is null ? SignInAttempts.None : await database.StaffAccounts.GetAttemptsAsync(account.Id, cancellationToken).ConfigureAwait(false);
        var step = _signIn.CheckPassword(account, attempts, password);
        return await ApplyAsync(account, step, cancellationToken).ConfigureAwait(false);
    }

    public async Task<SignInResult> CheckSecondFactorAsync(Guid accountId, string code, CancellationToken cancellationToken)
    {
        var account = await database.StaffAccounts.GetAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account is not { Enabled: true, HasSecondFactor: true })
        {
            return new SignInResult(SignInOutcome.Refused, StaffSignIn.BadCredentials, null);
        }

        var attempts = await database.StaffAccounts.GetAttemptsAsync(account.Id, cancellationToken).ConfigureAwait(false);
        var step = _signIn.CheckSecondFactor(account, attempts, code);
        return await ApplyAsync(account, step, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Enrols the authenticator app; the recovery codes are returned once, to show.</summary>
    public async Task<(SignInResult Result, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(Guid accountId, string newSecret, string code, CancellationToken cancellationToken)
    {
        var account = await database.StaffAccounts.GetAsync(accountId, cancellationToken).ConfigureAwait(false);
        if (account is not { Enabled: true } || account.HasSecondFactor)
        {
            return (new SignInResult(SignInOutcome.Refused, StaffSignIn.BadCredentials, null), []);
        }

        var (check, enrolled, codes) = _signIn.EnrolSecondFactor(account, newSecret, code);
        if (enrolled is null)
        {
            await audit.RecordAsync(account, AuditActions.StaffSignInFailed, account.Username, Reason("enrol-code"), cancellationToken).ConfigureAwait(false);
            return (new SignInResult(SignInOutcome.Refused, check.Message, null), []);
        }

        var signedIn = enrolled with { LastSignInAt = time.GetUtcNow() };
        await database.StaffAccounts.UpdateAsync(signedIn, cancellationToken).ConfigureAwait(false);
        await database.StaffAccounts.SaveAttemptsAsync(account.Id, SignInAttempts.None, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(account, AuditActions.StaffSecondFactorEnrolled, account.Username, null, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(account, AuditActions.StaffSignedIn, account.Username, null, cancellationToken).ConfigureAwait(false);
        return (new SignInResult(SignInOutcome.SignedIn, null, signedIn), codes);
    }

    private async Task<SignInResult> ApplyAsync(StaffAccount? account, SignInStep step, CancellationToken cancellationToken)
    {
        if (account is null)
        {
            // Unknown usernames are not written down: a password typed into the wrong box would be.
            await audit.RecordAnonymousAsync(step.AuditAction, "unknown-user", step.AuditDetails, cancellationToken).ConfigureAwait(false);
            return new SignInResult(step.Outcome, step.Message, null);
        }

        var stored = step.UpdatedAccount ?? account;
        if (step.UpdatedAccount is not null)
        {
            await database.StaffAccounts.UpdateAsync(step.UpdatedAccount, cancellationToken).ConfigureAwait(false);
        }

        await database.StaffAccounts.SaveAttemptsAsync(account.Id, step.Attempts, cancellationToken).ConfigureAwait(false);
        await audit.RecordAsync(account, step.AuditAction, account.Username, step.AuditDetails, cancellationToken).ConfigureAwait(false);
        return new SignInResult(step.Outcome, step.Message, stored);
    }

    private static Dictionary<string, string> Reason(string reason) => new(StringComparer.Ordinal) { ["reason"] = reason };
}
