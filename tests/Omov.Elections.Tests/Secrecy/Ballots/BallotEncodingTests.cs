using CsCheck;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Tests.Secrecy.Ballots;

public sealed class BallotEncodingTests
{
    private static BallotLayout Layout => Ballots.Nec;

    private static BallotPlaintext Sample => new(
    [
        ContestChoice.Ranking(1, [3, 1]),
        ContestChoice.Blank(2),
        ContestChoice.Ranking(3, [30, 1, 7]),
        ContestChoice.Selection(5, [6, 2]),
    ]);

    [Fact]
    public void PaddedSize_IsTheLongestPossibleBallot()
    {
        // 3 + (5+10) + (5+8) + (5+60) + (5+2) + (5+4)
        Assert.Equal(112, Layout.PaddedSize);
    }

    [Fact]
    public void Encode_Sample_HasTheDocumentedBytes()
    {
        var bytes = BallotEncoding.Encode(Sample, Layout);

        Assert.Equal(Layout.PaddedSize, bytes.Length);
        Assert.Equal(
            "01" + "0004"
            + "0001" + "02" + "0002" + "0003" + "0001"
            + "0002" + "00" + "0000"
            + "0003" + "02" + "0003" + "001E" + "0001" + "0007"
            + "0005" + "03" + "0002" + "0002" + "0006",
            Convert.ToHexString(bytes.AsSpan(0, 37)));
        Assert.All(bytes[37..], b => Assert.Equal(0, b));
    }

    [Fact]
    public void EncodeDecode_AnyValidBallot_RoundTripsAtTheFixedSize()
    {
        Ballots.Valid(Layout).Sample(ballot =>
        {
            var bytes = BallotEncoding.Encode(ballot, Layout);
            var decoded = BallotEncoding.Decode(bytes, Layout);

            Assert.Equal(Layout.PaddedSize, bytes.Length);
            Assert.True(decoded.Success, decoded.Error);
            Assert.Equal(ballot, decoded.Ballot);
        }, iter: 2000);
    }

    [Fact]
    public void Decode_AnyChangedByte_FailsOrIsTheCanonicalFormOfAnotherBallot()
    {
        Gen.Select(Ballots.Valid(Layout), Gen.Int[0, int.MaxValue], Gen.Byte[1, 255]).Sample((ballot, where, flip) =>
        {
            var bytes = BallotEncoding.Encode(ballot, Layout);
            bytes[where % bytes.Length] ^= flip;

            var decoded = BallotEncoding.Decode(bytes, Layout);

            // One encoding per ballot: whatever decodes must encode back to exactly these bytes.
            if (decoded.Success)
            {
                Assert.Equal(bytes, BallotEncoding.Encode(decoded.Ballot, Layout));
            }
        }, iter: 5000);
    }

    [Fact]
    public void Decode_RandomBytes_NeverThrows()
    {
        Gen.Byte.Array[Layout.PaddedSize].Sample(bytes =>
        {
            bytes[0] = BallotEncoding.Version1;
            var decoded = BallotEncoding.Decode(bytes, Layout);
            if (decoded.Success)
            {
                Assert.Equal(bytes, BallotEncoding.Encode(decoded.Ballot, Layout));
            }
        }, iter: 2000);
    }

    [Fact]
    public void SealOpenDecode_WholePath_GivesTheBallotBack()
    {
        using var opener = new BallotOpener(ElectionPrivateKey.Generate());
        var context = BallotContext.ForEvent("event-2026-nec");

        var sealedBallot = BallotSealer.Seal(opener.PublicKey, BallotEncoding.Encode(Sample, Layout), context);
        var opened = opener.Open(sealedBallot.ToBytes(), context);
        var decoded = BallotEncoding.Decode(opened.Plaintext, Layout);

        Assert.Equal(Sample, decoded.Ballot);
        Assert.Equal(Layout.PaddedSize + SealedBallotFormat.Overhead, sealedBallot.Length);
    }

    [Fact]
    public void SealAndOpen_ByEventAndLayout_GivesTheBallotBackOnlyForThatEvent()
    {
        using var opener = new BallotOpener(ElectionPrivateKey.Generate());

        var sealedBallot = BallotSealer.Seal(opener.PublicKey, "event-2026-nec", Sample, Layout);
        var unsealed = opener.Open(sealedBallot.AsSpan(), "event-2026-nec", Layout);
        var elsewhere = opener.Open(sealedBallot.AsSpan(), "event-2027-nec", Layout);

        Assert.True(unsealed.Success, unsealed.Error);
        Assert.Equal(Sample, unsealed.Ballot);
        Assert.False(elsewhere.Success);
        Assert.Equal(OpenFailure.AuthenticationFailed, elsewhere.Failure);
    }

    [Fact]
    public void Open_ByEventAndLayout_MalformedPlaintext_IsADecodeErrorNotAnOpenFailure()
    {
        using var opener = new BallotOpener(ElectionPrivateKey.Generate());
        var bytes = BallotEncoding.Encode(Sample, Layout);
        bytes[^1] = 1;
        var sealedBallot = BallotSealer.Seal(opener.PublicKey, bytes, BallotContext.ForEvent("event-2026-nec"));

        var unsealed = opener.Open(sealedBallot.AsSpan(), "event-2026-nec", Layout);

        Assert.False(unsealed.Success);
        Assert.Equal(OpenFailure.None, unsealed.Failure);
        Assert.Equal("byte 111: the padding after the last contest is not all zero bytes.", unsealed.Error);
    }

    [Fact]
    public void Seal_ShortAndLongBallots_HaveTheSameSealedLength()
    {
        using var opener = new BallotOpener(ElectionPrivateKey.Generate());
        var shortest = new BallotPlaintext([ContestChoice.Blank(1)]);
        var longest = new BallotPlaintext([.. Layout.Contests.Select(c => c.Kind == ChoiceKind.Ranking
            ? ContestChoice.Ranking(c.Contest, Enumerable.Range(1, c.MaxChoices))
            : ContestChoice.Selection(c.Contest, Enumerable.Range(1, c.MaxChoices)))]);

        var a = BallotSealer.Seal(opener.PublicKey, BallotEncoding.Encode(shortest, Layout), []);
        var b = BallotSealer.Seal(opener.PublicKey, BallotEncoding.Encode(longest, Layout), []);

        Assert.Equal(a.Length, b.Length);
    }

    [Theory]
    [InlineData("len", "byte 0: the plaintext is 111 bytes long; this event's ballots are 112.")]
    [InlineData("version", "byte 0: plaintext version 2 is not supported (this build reads version 1).")]
    [InlineData("count", "byte 1: the ballot claims more contests than the 5 on this event's ballot.")]
    [InlineData("contest", "byte 3: contest 9 is not on this event's ballot.")]
    [InlineData("order", "byte 12: contest 1 comes after contest 1; contests must be in increasing order, each once.")]
    [InlineData("kind", "byte 5: the choice in contest 1 is of unknown kind 7.")]
    [InlineData("kindmismatch", "byte 3: Contest 1 takes a ranking, not a selection.")]
    [InlineData("toomany", "byte 6: contest 1 names more candidates than the 5 allowed.")]
    [InlineData("range", "byte 3: The ranking in contest 1 names a candidate number outside 1-5.")]
    [InlineData("repeat", "byte 3: The ranking in contest 1 names a candidate more than once.")]
    [InlineData("unsorted", "byte 28: The selection in contest 5 is not in increasing candidate order.")]
    [InlineData("emptyranking", "byte 3: The ranking in contest 1 names no candidate; a ballot with no choice there is blank.")]
    [InlineData("blankwithcandidates", "byte 12: A blank or spoilt choice in contest 2 names candidates.")]
    [InlineData("padding", "byte 111: the padding after the last contest is not all zero bytes.")]
    public void Decode_Malformed_NamesTheByteAndTheProblem(string damage, string expected)
    {
        var bytes = BallotEncoding.Encode(Sample, Layout);
        switch (damage)
        {
            case "len": bytes = bytes[..^1]; break;
            case "version": bytes[0] = 2; break;
            case "count": bytes[2] = 6; break;
            case "contest": bytes[4] = 9; break;
            case "order": bytes[13] = 1; break;
            case "kind": bytes[5] = 7; break;
            case "kindmismatch": bytes[5] = 3; break;
            case "toomany": bytes[7] = 6; break;
            case "range": bytes[9] = 6; break;
            case "repeat": bytes[11] = 3; break;
            case "unsorted": (bytes[34], bytes[36]) = (6, 2); break;
            case "emptyranking": bytes[7] = 0; break;
            case "blankwithcandidates": bytes[16] = 1; break;
            case "padding": bytes[111] = 1; break;
            default: throw new ArgumentOutOfRangeException(nameof(damage));
        }

        var decoded = BallotEncoding.Decode(bytes, Layout);

        Assert.False(decoded.Success);
        Assert.Equal(expected, decoded.Error);
    }

    [Fact]
    public void Check_InvalidBallot_ListsEveryProblemAndEncodeRefusesIt()
    {
        var ballot = new BallotPlaintext(
        [
            ContestChoice.Ranking(1, [1, 1]),
            ContestChoice.Selection(2, [1]),
            ContestChoice.Ranking(7, [1]),
            ContestChoice.Selection(4, [1, 2]),
        ]);

        var problems = Layout.Check(ballot);

        Assert.Equal(
        [
            "The ranking in contest 1 names a candidate more than once.",
            "Contest 2 takes a ranking, not a selection.",
            "The selection in contest 4 names more candidates than the 1 allowed.",
            "Contest 7 is not on this event's ballot.",
        ], problems);
        Assert.Throws<ArgumentException>(() => BallotEncoding.Encode(ballot, Layout));
    }

    [Fact]
    public void Layout_Impossible_Throws()
    {
        Assert.Throws<ArgumentException>(() => new BallotLayout([ContestLayout.Ranked(1, 3), ContestLayout.Ranked(1, 4)]));
        Assert.Throws<ArgumentException>(() => new BallotLayout([ContestLayout.Marked(1, 3, 4)]));
        Assert.Throws<ArgumentException>(() => new BallotLayout([ContestLayout.Ranked(0, 3)]));
    }
}
