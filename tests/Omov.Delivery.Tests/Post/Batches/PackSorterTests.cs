using Omov.Delivery.Post;
using Omov.Delivery.Post.Batches;
using Omov.Delivery.Post.Samples;

namespace Omov.Delivery.Tests.Post.Batches;

public sealed class PackSorterTests
{
    [Fact]
    public void Sort_MoreThanOneChunk_SameOrderAsSortingInMemory()
    {
        using var folder = new TempFolder();
        var packs = SamplePacks.Generate(203, seed: 5).ToList();
        var sorter = new PackSorter(chunkSize: 20, folder.Path);

        var sorted = sorter.Sort(packs).ToList();

        var expected = packs.Order(PostcodeOrder.Instance).ToList();
        Assert.Equal(expected.Select(p => p.MembershipNumber), sorted.Select(p => p.MembershipNumber));
        Assert.Equal(11, sorter.RunsWritten);
        Assert.Empty(Directory.GetFiles(folder.Path));
        for (var i = 0; i < sorted.Count; i++)
        {
            Assert.Same(expected[i].Ballot, sorted[i].Ballot);
            Assert.Equal(expected[i].VotingCode, sorted[i].VotingCode);
            Assert.Equal(expected[i].AddressLines, sorted[i].AddressLines);
            Assert.Equal(expected[i].ContestIndexes, sorted[i].ContestIndexes);
            Assert.Equal(expected[i].Language, sorted[i].Language);
        }
    }

    [Fact]
    public void Sort_OneChunk_WritesNoFiles()
    {
        using var folder = new TempFolder();
        var sorter = new PackSorter(chunkSize: 1000, folder.Path);

        var sorted = sorter.Sort(SamplePacks.Generate(50, seed: 2)).ToList();

        Assert.Equal(50, sorted.Count);
        Assert.Equal(0, sorter.RunsWritten);
        Assert.True(sorted.Zip(sorted.Skip(1)).All(pair => PostcodeOrder.Instance.Compare(pair.First, pair.Second) <= 0));
    }

    [Fact]
    public void Sort_StoppedEarly_DeletesItsRunFiles()
    {
        using var folder = new TempFolder();
        var sorter = new PackSorter(chunkSize: 10, folder.Path);

        var first = sorter.Sort(SamplePacks.Generate(60, seed: 3)).Take(5).ToList();

        Assert.Equal(5, first.Count);
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    [Fact]
    public void Sort_NoPacks_Nothing()
    {
        using var folder = new TempFolder();
        Assert.Empty(new PackSorter(10, folder.Path).Sort(Array.Empty<PostalPack>()));
    }
}
