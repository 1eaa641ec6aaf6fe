using Microsoft.Extensions.Time.Testing;
using Omov.Elections.Audit;
using Omov.Elections.Staff;
using OtpNet;

namespace Omov.Elections.Tests.Staff;

public sealed class StaffSignInTests
{
    private const string Password = "plum orchard vinyl";
    private const string Secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static readonly PasswordHasher s_hasher = new(1_000);

    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_800_000_000));

    private StaffSignIn SignIn() => new(_clock, s_hasher, new SignInLockoutPolicy());

    private static StaffAccount Account(string? secret = Secret) => StaffAccounts.With(StaffRole.Administrator) with
    {
        PasswordHash = s_hasher.Hash(Password),
        TotpSecret = secret,
        TotpLastUsedStep = null,
    };

    private string CodeNow(string secret = Secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(_clock.GetUtcNow().UtcDateTime);

    [Fact]
    public void CheckPassword_Right_AsksForTheSecondFactorAndChangesNothing()
    {
        var step = SignIn().CheckPassword(Account(), SignInAttempts.None, Password);

        Assert.Equal(SignInOutcome.SecondFactorNeeded, step.Outcome);
        Assert.Null(step.UpdatedAccount);
        Assert.Equal(AuditActions.StaffPasswordAccepted, step.AuditAction);
    }

    [Fact]
    public void CheckPassword_RightButNoSecondFactorYet_AsksForEnrolment() =>
        Assert.Equal(SignInOutcome.SecondFactorSetupNeeded, SignIn().CheckPassword(Account(secret: null), SignInAttempts.None, Password).Outcome);

    [Fact]
    public void CheckPassword_OldHash_ReturnsTheAccountRehashed()
    {
        var account = Account() with { PasswordHash = new PasswordHasher(10).Hash(Password) };

        var step = SignIn().CheckPassword(account, SignInAttempts.None, Password);

        Assert.NotNull(step.UpdatedAccount);
        Assert.Equal(PasswordVerification.Success, s_hasher.Verify(Password, step.UpdatedAccount.PasswordHash));
        Assert.Equal("true", step.AuditDetails["rehashed"]);
    }

    [Fact]
    public void CheckPassword_WrongPasswordUnknownUserAndDisabledAccount_AllGetTheSameMessage()
    {
        var signIn = SignIn();

        var wrong = signIn.CheckPassword(Account(), SignInAttempts.None, "not the password");
        var unknown = signIn.CheckPassword(null, SignInAttempts.None, Password);
        var disabled = signIn.CheckPassword(Account() with { Enabled = false }, SignInAttempts.None, Password);

        Assert.All([wrong, unknown, disabled], step =>
        {
            Assert.Equal(SignInOutcome.Refused, step.Outcome);
            Assert.Equal(StaffSignIn.BadCredentials, step.Message);
            Assert.Equal(AuditActions.StaffSignInFailed, step.AuditAction);
        });
        Assert.Equal(["password", "unknown-user", "disabled"], [wrong.AuditDetails["reason"], unknown.AuditDetails["reason"], disabled.AuditDetails["reason"]]);
        Assert.Single(wrong.Attempts.Failures);
    }

    [Fact]
    public void CheckPassword_FifthWrongPassword_LocksAndThenRefusesEvenTheRightOne()
    {
        var signIn = SignIn();
        var attempts = SignInAttempts.None;
        SignInStep step = null!;
        for (var i = 0; i < 5; i++)
        {
            step = signIn.CheckPassword(Account(), attempts, "not the password");
            attempts = step.Attempts;
        }

        var right = signIn.CheckPassword(Account(), attempts, Password);

        Assert.Equal(SignInOutcome.LockedOut, step.Outcome);
        Assert.Equal(AuditActions.StaffLockedOut, step.AuditAction);
        Assert.Equal(SignInOutcome.LockedOut, right.Outcome);
        Assert.Contains("Try again in 15 minutes", right.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSecondFactor_RightCode_SignsInAndStoresTheStepAndTime()
    {
        var attempts = new SignInAttempts { Failures = [_clock.GetUtcNow()] };

        var step = SignIn().CheckSecondFactor(Account(), attempts, CodeNow());

        Assert.Equal(SignInOutcome.SignedIn, step.Outcome);
        Assert.Equal(_clock.GetUtcNow().ToUnixTimeSeconds() / 30, step.UpdatedAccount!.TotpLastUsedStep);
        Assert.Equal(_clock.GetUtcNow(), step.UpdatedAccount.LastSignInAt);
        Assert.Empty(step.Attempts.Failures);
        Assert.Equal(AuditActions.StaffSignedIn, step.AuditAction);
    }

    [Fact]
    public void CheckSecondFactor_SameCodeAgain_IsRefusedAsUsed()
    {
        var signIn = SignIn();
        var code = CodeNow();
        var first = signIn.CheckSecondFactor(Account(), SignInAttempts.None, code);

        var again = signIn.CheckSecondFactor(first.UpdatedAccount!, SignInAttempts.None, code);

        Assert.Equal(SignInOutcome.Refused, again.Outcome);
        Assert.Equal("code-replayed", again.AuditDetails["reason"]);
        Assert.Single(again.Attempts.Failures);
    }

    [Fact]
    public void CheckSecondFactor_RecoveryCode_SignsInAndUsesItUp()
    {
        var codes = RecoveryCodes.Generate();
        var account = Account() with { RecoveryCodeHashes = [.. codes.Select(RecoveryCodes.Hash)] };
        var signIn = SignIn();

        var step = signIn.CheckSecondFactor(account, SignInAttempts.None, codes[0]);
        var again = signIn.CheckSecondFactor(step.UpdatedAccount!, SignInAttempts.None, codes[0]);

        Assert.Equal(SignInOutcome.SignedIn, step.Outcome);
        Assert.Equal(AuditActions.RecoveryCodeUsed, step.AuditAction);
        Assert.Equal("9", step.AuditDetails["remaining"]);
        Assert.Equal(SignInOutcome.Refused, again.Outcome);
    }

    [Fact]
    public void CheckSecondFactor_WrongCodes_CountTowardsTheLockout()
    {
        var signIn = SignIn();
        var attempts = new SignInAttempts { Failures = [.. Enumerable.Repeat(_clock.GetUtcNow(), 4)] };

        var step = signIn.CheckSecondFactor(Account(), attempts, "000000" == CodeNow() ? "111111" : "000000");

        Assert.Equal(SignInOutcome.LockedOut, step.Outcome);
    }

    [Fact]
    public void EnrolSecondFactor_RightCode_StoresSecretAndTenRecoveryCodeHashes()
    {
        var secret = TotpAuthenticator.NewSecret();

        var (check, account, codes) = SignIn().EnrolSecondFactor(Account(secret: null), secret, CodeNow(secret));

        Assert.True(check.Accepted);
        Assert.Equal(secret, account!.TotpSecret);
        Assert.Equal(check.Step, account.TotpLastUsedStep);
        Assert.Equal(10, codes.Count);
        Assert.Equal(codes.Select(RecoveryCodes.Hash), account.RecoveryCodeHashes);
    }

    [Fact]
    public void EnrolSecondFactor_WrongCode_ChangesNothing()
    {
        var secret = TotpAuthenticator.NewSecret();

        var (check, account, codes) = SignIn().EnrolSecondFactor(Account(secret: null), secret, "12345");

        Assert.Equal(TotpFailure.Malformed, check.Failure);
        Assert.Null(account);
        Assert.Empty(codes);
    }
}
