using Omov.Counting.Arithmetic;

namespace Omov.Counting.Tests.Arithmetic;

public sealed class VotesTests
{
    [Theory]
    [InlineData("12954.9", 2, "12954.90")]
    [InlineData("0.063149", 5, "0.06314")]
    [InlineData("-1.5", 1, "-1.5")]
    [InlineData("7", 0, "7")]
    public void ToString_Decimals_TruncatesNeverRounds(string value, int decimals, string expected) =>
        Assert.Equal(expected, Votes.Parse(value).ToString(decimals));

    [Fact]
    public void Truncate_DropsDigitsBeyondPrecision() =>
        Assert.Equal(Votes.Parse("0.06314"), Votes.Parse("0.0631499").Truncate(5));

    [Fact]
    public void RoundUp_RaisesAnyRemainder()
    {
        Assert.Equal(Votes.Parse("0.06315"), Votes.Parse("0.0631401").RoundUp(5));
        Assert.Equal(Votes.Parse("0.06314"), Votes.Parse("0.06314").RoundUp(5));
    }

    [Fact]
    public void MultiplyDivideTruncate_LargeOperands_DoesNotOverflow()
    {
        // 1,000,000 ballots × a value near 1 would overflow 64-bit units if multiplied naively.
        var result = Votes.MultiplyDivideTruncate(Votes.FromWhole(1_000_000), Votes.Parse("0.999999999"), Votes.One, 9);
        Assert.Equal(Votes.Parse("999999.999"), result);
    }

    [Fact]
    public void MultiplyDivideRoundUp_InexactQuotient_RoundsUp() =>
        Assert.Equal(Votes.Parse("0.333333334"), Votes.MultiplyDivideRoundUp(Votes.One, Votes.One, Votes.FromWhole(3), 9));

    [Fact]
    public void Addition_BeyondRange_Throws() =>
        Assert.Throws<OverflowException>(() => Votes.FromUnits(long.MaxValue) + Votes.FromUnits(1));
}
