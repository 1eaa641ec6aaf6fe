using System.Text;
using System.Text.RegularExpressions;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Tests.Secrecy.Sealing;

public sealed partial class BallotSealerTests : IDisposable
{
    private readonly BallotOpener _opener = new(ElectionPrivateKey.Generate());
    private readonly byte[] _event = BallotContext.ForEvent("event-a");

    [GeneratedRegex("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")]
    private static partial Regex TrackingFormat();

    public void Dispose() => _opener.Dispose();

    [Fact]
    public void Seal_ThenOpen_GivesThePlaintextBack()
    {
        var plaintext = Encoding.UTF8.GetBytes("a ballot");

        var sealedBallot = BallotSealer.Seal(_opener.PublicKey, plaintext, _event);
        var opened = _opener.Open(sealedBallot.ToBytes(), _event);

        Assert.True(opened.Success, opened.Error);
        Assert.Equal(plaintext, opened.Plaintext);
        Assert.Equal(OpenFailure.None, opened.Failure);
    }

    [Fact]
    public void Seal_Layout_IsVersionKeyNonceCiphertextTag()
    {
        var plaintext = new byte[100];

        var sealedBallot = BallotSealer.Seal(_opener.PublicKey, plaintext, _event);

        Assert.Equal(194, sealedBallot.Length);
        Assert.Equal(SealedBallotFormat.Version1, sealedBallot.AsSpan()[0]);
        Assert.Equal(0x04, sealedBallot.EphemeralPublicKey[0]);
        Assert.NotNull(ElectionPublicKey.FromBytes(sealedBallot.EphemeralPublicKey));
        Assert.Equal(12, sealedBallot.Nonce.Length);
        Assert.Equal(100, sealedBallot.Ciphertext.Length);
        Assert.Equal(16, sealedBallot.Tag.Length);
        Assert.False(sealedBallot.Ciphertext.SequenceEqual(plaintext));
    }

    [Fact]
    public void Seal_SamePlaintextTwice_GivesUnrelatedBallotsAndTrackingCodes()
    {
        var plaintext = new byte[64];

        var first = BallotSealer.Seal(_opener.PublicKey, plaintext, _event);
        var second = BallotSealer.Seal(_opener.PublicKey, plaintext, _event);

        Assert.False(first.EphemeralPublicKey.SequenceEqual(second.EphemeralPublicKey));
        Assert.False(first.Ciphertext.SequenceEqual(second.Ciphertext));
        Assert.NotEqual(first.TrackingCode, second.TrackingCode);
    }

    [Fact]
    public void Open_OtherEvent_FailsAuthentication()
    {
        var sealedBallot = BallotSealer.Seal(_opener.PublicKey, new byte[32], _event);

        var opened = _opener.Open(sealedBallot, BallotContext.ForEvent("event-b"));

        Assert.False(opened.Success);
        Assert.Equal(OpenFailure.AuthenticationFailed, opened.Failure);
        Assert.Null(opened.Plaintext);
    }

    [Fact]
    public void Open_CeremonyTestBallotAsCastBallot_FailsAuthentication()
    {
        var sealedBallot = BallotSealer.Seal(_opener.PublicKey, new byte[32], BallotContext.ForCeremonyTest("event-a"));

        Assert.Equal(OpenFailure.AuthenticationFailed, _opener.Open(sealedBallot, _event).Failure);
        Assert.True(_opener.Open(sealedBallot, BallotContext.ForCeremonyTest("event-a")).Success);
    }

    [Fact]
    public void Open_WithAnotherElectionsKey_FailsAuthentication()
    {
        using var other = new BallotOpener(ElectionPrivateKey.Generate());
        var sealedBallot = BallotSealer.Seal(_opener.PublicKey, new byte[32], _event);

        var opened = other.Open(sealedBallot, _event);

        Assert.Equal(OpenFailure.AuthenticationFailed, opened.Failure);
        Assert.Contains("another", opened.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(93)]
    public void Open_TooShort_IsMalformed(int length)
    {
        var opened = _opener.Open(new byte[length], _event);

        Assert.Equal(OpenFailure.Malformed, opened.Failure);
        Assert.Contains("at least 94 bytes", opened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_UnknownVersion_IsNamed()
    {
        var bytes = BallotSealer.Seal(_opener.PublicKey, new byte[8], _event).ToBytes();
        bytes[0] = 2;

        var opened = _opener.Open(bytes, _event);

        Assert.Equal(OpenFailure.UnsupportedVersion, opened.Failure);
        Assert.Contains("version 2", opened.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_EphemeralKeyNotOnTheCurve_IsInvalidEphemeralKey()
    {
        var bytes = BallotSealer.Seal(_opener.PublicKey, new byte[8], _event).ToBytes();
        bytes[40] ^= 0x01;

        Assert.Equal(OpenFailure.InvalidEphemeralKey, _opener.Open(bytes, _event).Failure);
    }

    [Fact]
    public void Open_EmptyPlaintext_RoundTrips()
    {
        var sealedBallot = BallotSealer.Seal(_opener.PublicKey, [], _event);

        var opened = _opener.Open(sealedBallot.ToBytes(), _event);

        Assert.True(opened.Success);
        Assert.Empty(opened.Plaintext);
    }

    [Fact]
    public void TrackingCode_IsSixteenCrockfordCharactersOfTheSha256()
    {
        var sealedBallot = BallotSealer.Seal(_opener.PublicKey, new byte[8], _event);

        var code = sealedBallot.TrackingCode;

        Assert.Matches(TrackingFormat(), code.Text);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(sealedBallot.AsSpan())), code.Digest);
        Assert.Equal(code, TrackingCode.For(sealedBallot.ToBytes()));
    }

    [Fact]
    public void TrackingCode_KnownDigest_EncodesItsFirst80Bits()
    {
        // SHA-256("") starts e3b0c44298fc1c149afb; its first 80 bits as Crockford base 32, computed
        // independently with Python's hashlib.
        var code = TrackingCode.For([]);

        Assert.Equal("WERC-8GMR-ZGE1-96QV", code.Text);
    }

    [Theory]
    [InlineData("werc 8gmr zge1 96qv")]
    [InlineData("WERC8GMRZGEI96QV")]
    [InlineData("  werc-8gmr-zgeL-96qv ")]
    public void Normalise_TypedCode_GivesTheShownForm(string typed)
    {
        Assert.Equal("WERC-8GMR-ZGE1-96QV", TrackingCode.Normalise(typed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("WEPC-8MRZ-GE19-NYZ")]
    [InlineData("WEPC-8MRZ-GE19-NYZMM")]
    [InlineData("WEPC-8MRZ-GE19-NYZU")]
    public void Normalise_NotACode_IsNull(string typed)
    {
        Assert.Null(TrackingCode.Normalise(typed));
    }
}
