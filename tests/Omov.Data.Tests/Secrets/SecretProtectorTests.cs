using System.Security.Cryptography;
using Omov.Data.Secrets;

namespace Omov.Data.Tests.Secrets;

public sealed class SecretProtectorTests
{
    private static readonly SecretProtector s_protector = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Protect_ThenUnprotect_GivesTheSecretBack()
    {
        var sealedText = s_protector.Protect("JBSWY3DPEHPK3PXP", "staff-totp:1");

        Assert.Equal("JBSWY3DPEHPK3PXP", s_protector.Unprotect(sealedText, "staff-totp:1"));
        Assert.NotEqual(sealedText, s_protector.Protect("JBSWY3DPEHPK3PXP", "staff-totp:1"));
    }

    [Fact]
    public void Unprotect_OtherPurposeOrKey_Refuses()
    {
        var sealedText = s_protector.Protect("secret", "staff-totp:1");
        var other = new SecretProtector(RandomNumberGenerator.GetBytes(32));

        Assert.Throws<SecretKeyMismatchException>(() => s_protector.Unprotect(sealedText, "staff-totp:2"));
        Assert.Throws<SecretKeyMismatchException>(() => other.Unprotect(sealedText, "staff-totp:1"));
    }

    [Theory]
    [InlineData("JBSWY3DPEHPK3PXP")]
    [InlineData("v1.")]
    [InlineData("v1.!!!")]
    public void Unprotect_NotProtectedOrDamaged_Refuses(string text) =>
        Assert.Throws<SecretKeyMismatchException>(() => s_protector.Unprotect(text, "p"));

    [Fact]
    public void Unprotect_AnyByteChanged_Refuses()
    {
        var sealedText = s_protector.Protect("secret", "p");
        var bytes = Convert.FromBase64String(Base64(sealedText[3..]));
        for (var i = 0; i < bytes.Length; i++)
        {
            var changed = (byte[])bytes.Clone();
            changed[i] ^= 0x01;
            var text = "v1." + Convert.ToBase64String(changed).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            Assert.Throws<SecretKeyMismatchException>(() => s_protector.Unprotect(text, "p"));
        }
    }

    private static string Base64(string base64Url)
    {
        var text = base64Url.Replace('-', '+').Replace('_', '/');
        return text.PadRight(text.Length + ((4 - (text.Length % 4)) % 4), '=');
    }

    [Fact]
    public void LoadOrCreate_CreatesOwnerOnlyFileAndReadsItBack()
    {
        var path = Path.Combine(Path.GetTempPath(), "omov-key-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sealedText = SecretKeyFile.LoadOrCreate(path).Protect("x", "p");

            Assert.Equal("x", SecretKeyFile.LoadOrCreate(path).Unprotect(sealedText, "p"));
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadOrCreate_NotAKeyFile_SaysWhichFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "omov-key-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(path, "hello");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => SecretKeyFile.LoadOrCreate(path));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
