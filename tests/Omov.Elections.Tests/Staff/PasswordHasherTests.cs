using System.Text.RegularExpressions;
using Omov.Elections.Staff;

namespace Omov.Elections.Tests.Staff;

public sealed partial class PasswordHasherTests
{
    // Fewer iterations keep the suite fast; one test runs the real setting.
    private static readonly PasswordHasher s_fast = new(1_000);

    [GeneratedRegex(@"^pbkdf2-sha256\$600000\$[A-Za-z0-9+/]{22}==\$[A-Za-z0-9+/]{43}=$")]
    private static partial Regex DefaultFormat();

    [Fact]
    public void Hash_DefaultSetting_Uses600000IterationsInTheSelfDescribingFormatAndVerifies()
    {
        var hasher = new PasswordHasher();

        var stored = hasher.Hash("correct horse battery");

        Assert.Matches(DefaultFormat(), stored);
        Assert.Equal(PasswordVerification.Success, hasher.Verify("correct horse battery", stored));
        Assert.False(hasher.NeedsRehash(stored));
    }

    [Fact]
    public void Verify_PublishedPbkdf2Sha256Vector_Succeeds()
    {
        // PBKDF2-HMAC-SHA256("passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt",
        // 4096 iterations, 40 bytes), a widely published test vector: the format holds a standard
        // PBKDF2 output that other tools can produce and check.
        var stored = "pbkdf2-sha256$4096$" + Convert.ToBase64String("saltSALTsaltSALTsaltSALTsaltSALTsalt"u8.ToArray()) + "$"
            + Convert.ToBase64String(Convert.FromHexString("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9"));

        Assert.Equal(PasswordVerification.Success, s_fast.Verify("passwordPASSWORDpassword", stored));
        Assert.Equal(PasswordVerification.SuccessRehashNeeded, new PasswordHasher().Verify("passwordPASSWORDpassword", stored));
        Assert.Equal(PasswordVerification.Failed, s_fast.Verify("passwordPASSWORDpassworD", stored));
    }

    [Fact]
    public void Hash_SamePasswordTwice_GivesDifferentSalts()
    {
        var first = s_fast.Hash("the same password");
        var second = s_fast.Hash("the same password");

        Assert.NotEqual(first.Split('$')[2], second.Split('$')[2]);
        Assert.Equal(PasswordVerification.Success, s_fast.Verify("the same password", second));
    }

    [Theory]
    [InlineData("the same password ")]
    [InlineData("The same password")]
    [InlineData("")]
    public void Verify_WrongPassword_Fails(string attempt) =>
        Assert.Equal(PasswordVerification.Failed, s_fast.Verify(attempt, s_fast.Hash("the same password")));

    [Fact]
    public void Verify_HashWithFewerIterations_SucceedsAndAsksForRehash()
    {
        var old = new PasswordHasher(500).Hash("an old long password");

        Assert.Equal(PasswordVerification.SuccessRehashNeeded, s_fast.Verify("an old long password", old));
        Assert.True(s_fast.NeedsRehash(old));
        Assert.False(s_fast.NeedsRehash(s_fast.Hash("an old long password")));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plaintext-password")]
    [InlineData("pbkdf2-sha1$1000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$abc$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$-5$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$0$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$999999999$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$not base64!$aGFzaGhhc2hoYXNoaGFzaA==")]
    [InlineData("pbkdf2-sha256$1000$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==$extra")]
    [InlineData("pbkdf2-sha256$1000$$")]
    public void Verify_MalformedStoredHash_FailsWithoutThrowing(string stored)
    {
        Assert.Equal(PasswordVerification.Failed, s_fast.Verify("anything at all", stored));
        Assert.True(s_fast.NeedsRehash(stored));
    }

    [Fact]
    public void Verify_NonAsciiPassword_Succeeds()
    {
        var stored = s_fast.Hash("Ŵyn bach ar y bryn");

        Assert.Equal(PasswordVerification.Success, s_fast.Verify("Ŵyn bach ar y bryn", stored));
        Assert.Equal(PasswordVerification.Failed, s_fast.Verify("Wyn bach ar y bryn", stored));
    }

    [Fact]
    public void Hash_LoneSurrogate_StillHashesAndVerifies()
    {
        var stored = s_fast.Hash("broken \ud800 text here");

        Assert.Equal(PasswordVerification.Success, s_fast.Verify("broken \ud800 text here", stored));
    }

    [Fact]
    public void VerifyUnknownUser_AlwaysFails() =>
        Assert.Equal(PasswordVerification.Failed, s_fast.VerifyUnknownUser("anything at all"));

    [Fact]
    public void Constructor_NoIterations_IsAProgrammerError() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PasswordHasher(0));
}
