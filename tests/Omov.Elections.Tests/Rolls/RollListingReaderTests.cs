using Omov.Elections.Register;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;
using Omov.Elections.Tests.Eligibility;

namespace Omov.Elections.Tests.Rolls;

public sealed class RollListingReaderTests
{
    private static Roll Frozen() => Roll.Freeze(
        "nec-clp-2020",
        Presets.NecClpSection2020(),
        [
            Fixtures.Member("L3", email: "c@example.org"),
            Fixtures.Member("L1", email: "shared@example.org"),
            Fixtures.Member("L2", email: "shared@example.org"),
            Fixtures.Member("L10", email: null),
        ],
        Fixtures.Tree,
        new DateTimeOffset(2020, 10, 19, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Read_WrittenListing_GivesTheSameRollAndDigest()
    {
        var roll = Frozen();

        var read = RollListingReader.Read(roll.Listing(), "roll.tsv");

        Assert.True(read.Success, read.Error);
        Assert.Equal(roll.Digest, read.Roll.Digest);
        Assert.Equal(roll.Entries, read.Roll.Entries);
        Assert.Equal(roll.ContestId, read.Roll.ContestId);
        Assert.Equal(roll.FrozenAt, read.Roll.FrozenAt);
        Assert.True(RollDiff.Between(roll, read.Roll).IsEmpty);
    }

    [Theory]
    [InlineData("", "roll.tsv:1: the file is empty")]
    [InlineData("omov-roll/1\tc\tr\t1\t2020-10-19T09:00:00.0000000Z", "roll.tsv: the last line has no newline")]
    [InlineData("omov-roll/2\tc\tr\t1\t2020-10-19T09:00:00.0000000Z\n", "roll.tsv:1: expected the header")]
    [InlineData("omov-roll/1\tc\tr\tone\t2020-10-19T09:00:00.0000000Z\n", "roll.tsv:1: the rulebook version 'one'")]
    [InlineData("omov-roll/1\tc\tr\t1\t19/10/2020\n", "roll.tsv:1: the freeze time")]
    [InlineData("omov-roll/1\tc\tr\t1\t2020-10-19T09:00:00.0000000Z\nL1\tpigeon\n", "roll.tsv:2: unknown channel 'pigeon'")]
    [InlineData("omov-roll/1\tc\tr\t1\t2020-10-19T09:00:00.0000000Z\nL2\tpost\nL1\temail\n", "roll.tsv:3: membership numbers must be unique")]
    [InlineData("omov-roll/1\tc\tr\t1\t2020-10-19T09:00:00.0000000Z\nL1\n", "roll.tsv:2: expected 'membership-number<TAB>channel'")]
    public void Read_Malformed_NamesTheLine(string text, string expected)
    {
        var read = RollListingReader.Read(text, "roll.tsv");

        Assert.False(read.Success);
        Assert.StartsWith(expected, read.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TamperedListing_HasADifferentDigest()
    {
        var roll = Frozen();
        var tampered = roll.Listing().Replace("L3\temail", "L3\tpost", StringComparison.Ordinal);

        var read = RollListingReader.Read(tampered, "roll.tsv");

        Assert.True(read.Success, read.Error);
        Assert.NotEqual(roll.Digest, read.Roll.Digest);
    }
}
