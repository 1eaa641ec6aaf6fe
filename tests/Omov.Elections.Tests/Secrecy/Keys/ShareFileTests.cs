using System.Text.Json.Nodes;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Elections.Tests.Secrecy.Keys;

public sealed class ShareFileTests
{
    private static readonly KeyCeremonyResult s_ceremony = Ceremonies.Run(2, 3);

    private static ShareFile File => s_ceremony.ShareFiles[1];

    [Fact]
    public void ToText_ThenReadAndUnlock_GivesTheShare()
    {
        var text = File.ToText();

        var read = ShareFile.Read(text);
        Assert.True(read.Success, read.Error);
        var unlocked = read.File.Unlock(Ceremonies.Passphrase(2));

        Assert.True(unlocked.Success, unlocked.Error);
        using var share = unlocked.Share;
        Assert.Equal(2, share.Index);
        Assert.Equal(3, share.Count);
        Assert.Equal(2, share.Threshold);
        Assert.Equal(s_ceremony.Record!.PublicKey.KeyId, share.KeyId);
    }

    [Fact]
    public void ToText_HasTheDocumentedFields()
    {
        var json = JsonNode.Parse(File.ToText())!.AsObject();

        Assert.Equal(
            ["format", "version", "keyId", "electionPublicKey", "share", "shares", "threshold", "holder", "verificationKey", "kdf", "iterations", "salt", "cipher", "nonce", "sealedShare"],
            json.Select(p => p.Key));
        Assert.Equal("omov-key-share", (string?)json["format"]);
        Assert.Equal("pbkdf2-sha256", (string?)json["kdf"]);
        Assert.Equal(Ceremonies.Iterations, (int?)json["iterations"]);
        Assert.Equal("Scrutineer 2", (string?)json["holder"]);
        Assert.EndsWith("}\n", File.ToText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Unlock_WrongPassphrase_SaysSoWithoutThrowing()
    {
        var unlocked = File.Unlock(Ceremonies.Passphrase(1));

        Assert.False(unlocked.Success);
        Assert.Equal("Share 2 did not unlock: the passphrase is wrong, or the share file has been altered.", unlocked.Error);
    }

    [Theory]
    [InlineData("holder", "\"Scrutineer 9\"")]
    [InlineData("share", "3")]
    [InlineData("threshold", "3")]
    [InlineData("iterations", "1001")]
    public void Unlock_FieldChanged_DoesNotUnlock(string field, string value)
    {
        var json = JsonNode.Parse(File.ToText())!.AsObject();
        json[field] = JsonNode.Parse(value);

        var read = ShareFile.Read(json.ToJsonString());

        Assert.True(read.Success, read.Error);
        Assert.False(read.File.Unlock(Ceremonies.Passphrase(2)).Success);
    }

    [Fact]
    public void Unlock_VerificationKeyOfAnotherShare_DoesNotUnlock()
    {
        var changed = File with { VerificationKey = s_ceremony.ShareFiles[0].VerificationKey };

        Assert.False(changed.Unlock(Ceremonies.Passphrase(2)).Success);
    }

    [Theory]
    [InlineData("not json", "share file: not valid JSON (line 1, byte 2).")]
    [InlineData("[]", "share file: not a JSON object.")]
    [InlineData("{\"format\": \"something-else\"}", "share file: field \"format\" is not \"omov-key-share\": this is not an Omov share file.")]
    [InlineData("{\"format\": \"omov-key-share\", \"version\": 2}", "share file: field \"version\" is 2; this build reads version 1.")]
    [InlineData("{\"format\": \"omov-key-share\", \"version\": 1}", "share file: field \"keyId\" is missing.")]
    [InlineData("{\"format\": \"omov-key-share\", \"extra\": 1}", "share file: field \"extra\" is not part of a share file.")]
    public void Read_Malformed_NamesTheProblem(string text, string expected)
    {
        var read = ShareFile.Read(text);

        Assert.False(read.Success);
        Assert.Equal(expected, read.Error);
    }

    [Theory]
    [InlineData("salt", "\"AAAA\"", "share file: field \"salt\" is not Base64 of 16 bytes.")]
    [InlineData("share", "0", "share file: field \"share\" is not a whole number from 1 to 15.")]
    [InlineData("share", "\"2\"", "share file: field \"share\" is not a whole number from 1 to 15.")]
    [InlineData("threshold", "4", "share file: field \"threshold\" is more than \"shares\".")]
    [InlineData("keyId", "\"00000000000000000000000000000000\"", "share file: field \"keyId\" does not match electionPublicKey.")]
    [InlineData("kdf", "\"argon2id\"", "share file: field \"kdf\" is not \"pbkdf2-sha256\".")]
    [InlineData("iterations", "20000000", "share file: field \"iterations\" is not a whole number from 1 to 10000000.")]
    public void Read_BadField_NamesIt(string field, string value, string expected)
    {
        var json = JsonNode.Parse(File.ToText())!.AsObject();
        json[field] = JsonNode.Parse(value);

        var read = ShareFile.Read(json.ToJsonString());

        Assert.False(read.Success);
        Assert.Equal(expected, read.Error);
    }

    [Fact]
    public void Read_DuplicateField_IsRefused()
    {
        var text = File.ToText().Replace("\"version\": 1,", "\"version\": 1, \"version\": 1,", StringComparison.Ordinal);

        Assert.False(ShareFile.Read(text).Success);
    }

    [Theory]
    [InlineData("correct horse battery staple", 0)]
    [InlineData("fifteen chars!!", 1)]
    [InlineData("aaaaaaaaaaaaaaaaaaaa", 1)]
    [InlineData("correcthorsebatterystaple", 1)]
    [InlineData(" leading space passphrase", 1)]
    public void SharePassphrasePolicy_Check_FindsEachProblem(string passphrase, int problems)
    {
        Assert.Equal(problems, SharePassphrasePolicy.Check(passphrase).Count);
    }
}
