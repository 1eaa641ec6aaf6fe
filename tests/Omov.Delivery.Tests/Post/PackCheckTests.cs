using Omov.Delivery.Post;

namespace Omov.Delivery.Tests.Post;

public sealed class PackCheckTests
{
    [Fact]
    public void Problems_GoodPack_None() => Assert.Empty(PackCheck.Problems(TestPacks.Plain()));

    [Fact]
    public void Problems_EverythingMissing_NamesEachFieldButNoPersonalData()
    {
        var pack = TestPacks.Plain() with { AddresseeName = "", AddressLines = [" "], Postcode = "", VotingCode = "", VotingUrl = "ftp://x" };

        var problems = PackCheck.Problems(pack);

        Assert.Equal(["name", "address", "postcode", "voting_code", "voting_url"], problems.Select(p => p.Field));
        Assert.All(problems, p => Assert.StartsWith("member L0000001: ", p.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_ContestWithoutCandidatesOrImpossibleMarks_Named()
    {
        var pack = TestPacks.Plain() with
        {
            Ballot = TestPacks.Plain().Ballot with
            {
                Contests = [new PostalContest("A", MarkingRule.Rank, []), new PostalContest("B", MarkingRule.UpTo, [new PostalCandidate("X")]) { MaxMarks = 2 }],
            },
        };

        Assert.Equal(["contests[0].candidates", "contests[1].max_marks"], PackCheck.Problems(pack).Select(p => p.Field));
    }

    [Fact]
    public void Problems_ContestIndexOutOfRange_Named() =>
        Assert.Equal("contests", Assert.Single(PackCheck.Problems(TestPacks.Plain() with { ContestIndexes = [7] })).Field);
}
