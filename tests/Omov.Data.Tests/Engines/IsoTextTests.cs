using System.Globalization;
using Omov.Data.Engines;

namespace Omov.Data.Tests.Engines;

public sealed class IsoTextTests
{
    [Fact]
    public void ParseInstant_ManyInstants_SameAsParseExact()
    {
        var random = new Random(17);
        for (var i = 0; i < 20_000; i++)
        {
            var instant = new DateTimeOffset(random.NextInt64(DateTimeOffset.MinValue.UtcTicks, DateTimeOffset.MaxValue.UtcTicks), TimeSpan.Zero);
            var text = instant.UtcDateTime.ToString(IsoText.InstantFormat, CultureInfo.InvariantCulture);

            Assert.Equal(instant, IsoText.ParseInstant(text));
            Assert.Equal(DateOnly.FromDateTime(instant.UtcDateTime), IsoText.ParseDate(text[..10]));
        }
    }

    [Theory]
    [InlineData("2020-02-30")]
    [InlineData("2021-02-29")]
    [InlineData("2020-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2020-1-01")]
    [InlineData("2020-01-0x")]
    public void ParseDate_NotARealDate_Throws(string text) =>
        Assert.Throws<FormatException>(() => IsoText.ParseDate(text));

    [Theory]
    [InlineData("2020-01-20T24:00:00.0000000Z")]
    [InlineData("2020-01-20T17:60:00.0000000Z")]
    [InlineData("2020-02-30T17:00:00.0000000Z")]
    [InlineData("2020-01-20T17:00:00.000000Z")]
    [InlineData("2020-01-20 17:00:00.0000000Z")]
    public void ParseInstant_Malformed_Throws(string text) =>
        Assert.Throws<FormatException>(() => IsoText.ParseInstant(text));

    [Fact]
    public void ParseDate_LeapDay_Parses() => Assert.Equal(new DateOnly(2024, 2, 29), IsoText.ParseDate("2024-02-29"));
}
