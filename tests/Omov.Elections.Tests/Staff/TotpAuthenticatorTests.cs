using Microsoft.Extensions.Time.Testing;
using Omov.Elections.Staff;
using OtpNet;

namespace Omov.Elections.Tests.Staff;

public sealed class TotpAuthenticatorTests
{
    // RFC 6238 appendix B: the SHA-1 seed "12345678901234567890", in Base32.
    private const string RfcSecret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    private static TotpAuthenticator At(long unixSeconds, out FakeTimeProvider clock)
    {
        clock = new FakeTimeProvider(DateTimeOffset.FromUnixTimeSeconds(unixSeconds));
        return new TotpAuthenticator(clock);
    }

    private static string CodeAt(string secret, DateTimeOffset time) =>
        new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(time.UtcDateTime);

    [Theory]
    [InlineData(59, "287082", 1)]
    [InlineData(1111111109, "081804", 37037036)]
    [InlineData(1234567890, "005924", 41152263)]
    [InlineData(2000000000, "279037", 66666666)]
    public void Verify_Rfc6238Vectors_AcceptedAtTheirStep(long unixSeconds, string code, long step)
    {
        var check = At(unixSeconds, out _).Verify(RfcSecret, code, lastUsedStep: null);

        Assert.True(check.Accepted, check.Message);
        Assert.Equal(step, check.Step);
    }

    [Fact]
    public void Verify_CodeWithASpace_IsAccepted() =>
        Assert.True(At(59, out _).Verify(RfcSecret, "287 082", null).Accepted);

    [Fact]
    public void Verify_CodeFromTheStepBeforeOrAfter_IsAccepted()
    {
        var totp = At(1_000_000_020, out var clock);
        var now = clock.GetUtcNow();

        Assert.True(totp.Verify(RfcSecret, CodeAt(RfcSecret, now.AddSeconds(-30)), null).Accepted);
        Assert.True(totp.Verify(RfcSecret, CodeAt(RfcSecret, now.AddSeconds(30)), null).Accepted);
    }

    [Fact]
    public void Verify_CodeTwoStepsOld_IsWrong()
    {
        var totp = At(1_000_000_020, out var clock);

        var check = totp.Verify(RfcSecret, CodeAt(RfcSecret, clock.GetUtcNow().AddSeconds(-60)), null);

        Assert.False(check.Accepted);
        Assert.Equal(TotpFailure.Wrong, check.Failure);
        Assert.Null(check.Step);
    }

    [Fact]
    public void Verify_SameCodeTwice_SecondIsAReplay()
    {
        var totp = At(59, out _);
        var first = totp.Verify(RfcSecret, "287082", lastUsedStep: null);

        var second = totp.Verify(RfcSecret, "287082", lastUsedStep: first.Step);

        Assert.True(first.Accepted);
        Assert.False(second.Accepted);
        Assert.Equal(TotpFailure.Replayed, second.Failure);
        Assert.Contains("already been used", second.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_EarlierStepAfterALaterOneWasUsed_IsAReplay()
    {
        var totp = At(1_000_000_020, out var clock);
        var now = clock.GetUtcNow();
        var later = totp.Verify(RfcSecret, CodeAt(RfcSecret, now.AddSeconds(30)), null);

        var earlier = totp.Verify(RfcSecret, CodeAt(RfcSecret, now), later.Step);

        Assert.Equal(TotpFailure.Replayed, earlier.Failure);
    }

    [Fact]
    public void Verify_NextCodeAfterOneWasUsed_IsAccepted()
    {
        var totp = At(59, out var clock);
        var first = totp.Verify(RfcSecret, "287082", null);
        clock.Advance(TimeSpan.FromSeconds(30));

        var next = totp.Verify(RfcSecret, CodeAt(RfcSecret, clock.GetUtcNow()), first.Step);

        Assert.True(next.Accepted, next.Message);
        Assert.Equal(first.Step + 1, next.Step);
    }

    [Theory]
    [InlineData("")]
    [InlineData("28708")]
    [InlineData("2870821")]
    [InlineData("28708a")]
    [InlineData("٢٨٧٠٨٢")]
    public void Verify_NotSixDigits_IsMalformed(string code)
    {
        var check = At(59, out _).Verify(RfcSecret, code, null);

        Assert.Equal(TotpFailure.Malformed, check.Failure);
        Assert.Contains("6-digit code", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_CorruptSecret_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => At(59, out _).Verify("not base32 !!", "287082", null));

    [Fact]
    public void NewSecret_Is160RandomBitsInBase32()
    {
        var secret = TotpAuthenticator.NewSecret();

        Assert.Equal(32, secret.Length);
        Assert.Equal(20, Base32Encoding.ToBytes(secret).Length);
        Assert.NotEqual(secret, TotpAuthenticator.NewSecret());
    }

    [Fact]
    public void NewSecret_CodesFromItVerify()
    {
        var secret = TotpAuthenticator.NewSecret();
        var totp = At(1_700_000_000, out var clock);

        Assert.True(totp.Verify(secret, CodeAt(secret, clock.GetUtcNow()), null).Accepted);
    }

    [Fact]
    public void ProvisioningUri_NamesIssuerUserAndSecret()
    {
        var uri = TotpAuthenticator.ProvisioningUri(RfcSecret, "jsmith").ToString();

        Assert.StartsWith("otpauth://totp/Omov:jsmith?", uri, StringComparison.Ordinal);
        Assert.Contains("secret=" + RfcSecret, uri, StringComparison.Ordinal);
        Assert.Contains("issuer=Omov", uri, StringComparison.Ordinal);
        Assert.Contains("digits=6", uri, StringComparison.Ordinal);
        Assert.Contains("period=30", uri, StringComparison.Ordinal);
    }
}
