using Omov.Data.Register;

namespace Omov.Data.Tests.Register;

public sealed class CsvValuesTests
{
    private static readonly TimeZoneInfo s_london = CsvValues.London();

    [Theory]
    [InlineData("2020-02-29", true)]
    [InlineData("29/02/2020", true)]
    [InlineData("31/02/2020", false)]
    [InlineData("2019-02-29", false)]
    [InlineData("yesterday", false)]
    public void TryDate_Text_ParsesOnlyRealDates(string text, bool expected) => Assert.Equal(expected, CsvValues.TryDate(text, out _));

    [Fact]
    public void TryInstant_LocalTimeInSummer_IsAnHourAheadOfUtc()
    {
        Assert.True(CsvValues.TryInstant("2020-08-24 17:00", s_london, out var summer));
        Assert.True(CsvValues.TryInstant("2020-01-20T17:00", s_london, out var winter));
        Assert.True(CsvValues.TryInstant("2020-08-24T17:00:00Z", s_london, out var utc));

        Assert.Equal(new DateTimeOffset(2020, 8, 24, 16, 0, 0, TimeSpan.Zero), summer);
        Assert.Equal(new DateTimeOffset(2020, 1, 20, 17, 0, 0, TimeSpan.Zero), winter);
        Assert.Equal(new DateTimeOffset(2020, 8, 24, 17, 0, 0, TimeSpan.Zero), utc);
    }

    [Theory]
    [InlineData("SW1A 1AA", true)]
    [InlineData("M1 1AE", true)]
    [InlineData("b338th", true)]
    [InlineData("CR2 6XH", true)]
    [InlineData("12345", false)]
    [InlineData("SW1A", false)]
    [InlineData("SW1A 1A1", false)]
    public void IsPostcode_Text_ChecksTheShape(string text, bool expected) => Assert.Equal(expected, CsvValues.IsPostcode(text));
}
