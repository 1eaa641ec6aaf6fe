using CsCheck;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Tests.Secrecy.Sealing;

/// <summary>
/// Sealing round-trips every plaintext; any change to a sealed ballot's bytes, any other event and
/// any other key make it fail to open, always as a typed failure and never as an exception.
/// </summary>
public sealed class SealingPropertyTests : IDisposable
{
    private readonly BallotOpener _opener = new(ElectionPrivateKey.Generate());
    private readonly BallotOpener _otherOpener = new(ElectionPrivateKey.Generate());

    public void Dispose()
    {
        _opener.Dispose();
        _otherOpener.Dispose();
    }

    [Fact]
    public void SealThenOpen_AnyPlaintextAndEvent_GivesThePlaintextBack()
    {
        Gen.Select(Gen.Byte.Array[0, 2000], Gen.String[1, 40]).Sample((plaintext, eventId) =>
        {
            if (string.IsNullOrWhiteSpace(eventId))
            {
                eventId = "e";
            }

            var context = BallotContext.ForEvent(eventId);
            var sealedBallot = BallotSealer.Seal(_opener.PublicKey, plaintext, context);
            var opened = _opener.Open(sealedBallot.ToBytes(), context);

            Assert.True(opened.Success, opened.Error);
            Assert.Equal(plaintext, opened.Plaintext);
            Assert.Equal(plaintext.Length + SealedBallotFormat.Overhead, sealedBallot.Length);
        }, iter: 300);
    }

    [Fact]
    public void Open_AnyByteChanged_Fails()
    {
        var context = BallotContext.ForEvent("event-a");
        Gen.Select(Gen.Byte.Array[0, 300], Gen.Int[0, int.MaxValue], Gen.Byte[1, 255]).Sample((plaintext, where, flip) =>
        {
            var bytes = BallotSealer.Seal(_opener.PublicKey, plaintext, context).ToBytes();
            bytes[where % bytes.Length] ^= flip;

            var opened = _opener.Open(bytes, context);

            Assert.False(opened.Success);
            Assert.NotEqual(OpenFailure.None, opened.Failure);
            Assert.Null(opened.Plaintext);
        }, iter: 1000);
    }

    [Fact]
    public void Open_TruncatedOrExtended_Fails()
    {
        var context = BallotContext.ForEvent("event-a");
        Gen.Select(Gen.Byte.Array[0, 200], Gen.Int[-300, 20]).Sample((plaintext, change) =>
        {
            var bytes = BallotSealer.Seal(_opener.PublicKey, plaintext, context).ToBytes();
            var length = Math.Max(0, bytes.Length + (change == 0 ? 1 : change));
            var changed = new byte[length];
            Array.Copy(bytes, changed, Math.Min(length, bytes.Length));

            Assert.False(_opener.Open(changed, context).Success);
        }, iter: 500);
    }

    [Fact]
    public void Open_OtherEventOrOtherKey_FailsAuthentication()
    {
        Gen.Select(Gen.Byte.Array[0, 200], Gen.String.AlphaNumeric, Gen.String.AlphaNumeric).Sample((plaintext, a, b) =>
        {
            var eventA = "a-" + a;
            var eventB = "b-" + b;
            var sealedBallot = BallotSealer.Seal(_opener.PublicKey, plaintext, BallotContext.ForEvent(eventA));

            Assert.Equal(OpenFailure.AuthenticationFailed, _opener.Open(sealedBallot, BallotContext.ForEvent(eventB)).Failure);
            Assert.Equal(OpenFailure.AuthenticationFailed, _otherOpener.Open(sealedBallot, BallotContext.ForEvent(eventA)).Failure);
        }, iter: 200);
    }

    [Fact]
    public void Open_RandomBytes_NeverThrowsAndNeverOpens()
    {
        var context = BallotContext.ForEvent("event-a");
        Gen.Byte.Array[0, 400].Sample(bytes =>
        {
            if (bytes.Length > 0)
            {
                bytes[0] = SealedBallotFormat.Version1;
            }

            Assert.False(_opener.Open(bytes, context).Success);
        }, iter: 500);
    }
}
