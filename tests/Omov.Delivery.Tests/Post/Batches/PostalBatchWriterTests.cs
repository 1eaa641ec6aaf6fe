using System.Globalization;
using CsvHelper;
using Omov.Delivery.Post;
using Omov.Delivery.Post.Batches;
using Omov.Delivery.Post.Layout;
using Omov.Delivery.Post.Samples;
using PdfSharp.Pdf.IO;

namespace Omov.Delivery.Tests.Post.Batches;

public sealed class PostalBatchWriterTests
{
    private static List<ManifestRow> Manifest(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        return csv.GetRecords<ManifestRow>().ToList();
    }

    private static int PdfPages(string path)
    {
        PostFonts.Register();
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }

    [Fact]
    public async Task WriteAsync_25PacksTenPerFile_ThreeFilesSortedByPostcodeWithAManifestThatMatchesThem()
    {
        using var folder = new TempFolder();
        var packs = SamplePacks.Generate(25, seed: 11).ToList();
        var writer = new PostalBatchWriter(new PostalBatchOptions { Folder = folder.Path, PacksPerFile = 10, SortChunk = 7, Parallelism = 2 });

        var result = await writer.WriteAsync(packs);

        var summary = Assert.IsType<PostalBatchSummary>(result.Summary);
        Assert.Equal(["postal-0001.pdf", "postal-0002.pdf", "postal-0003.pdf"], summary.Files.Select(f => f.FileName));
        Assert.Equal([10, 10, 5], summary.Files.Select(f => f.Packs));
        Assert.Equal(packs.Sum(PackRenderer.PageCount), summary.Pages);
        foreach (var file in summary.Files)
        {
            Assert.Equal(file.Pages, PdfPages(Path.Combine(folder.Path, file.FileName)));
        }

        var rows = Manifest(summary.ManifestPath);
        var expected = packs.Order(PostcodeOrder.Instance).ToList();
        Assert.Equal(expected.Select(p => p.MembershipNumber), rows.Select(r => r.MembershipNumber));
        Assert.Equal(expected.Select(p => p.Postcode), rows.Select(r => r.Postcode));
        Assert.Equal(Enumerable.Range(1, 25), rows.Select(r => r.Sequence));
        foreach (var group in rows.GroupBy(r => r.BatchFile))
        {
            var page = 1;
            foreach (var row in group)
            {
                Assert.Equal(page, row.FirstPage);
                Assert.Equal(row.FirstPage + row.PageCount - 1, row.LastPage);
                page = row.LastPage + 1;
            }

            Assert.Equal(summary.Files.Single(f => f.FileName == group.Key).Pages, page - 1);
        }

        Assert.False(Directory.Exists(Path.Combine(folder.Path, ".omov-sort")), "the sort's run files are gone");
    }

    [Fact]
    public async Task WriteAsync_EachPackStartsOnItsPageInTheFile_TheLetterNamesThatMember()
    {
        using var folder = new TempFolder();
        var packs = SamplePacks.Generate(6, seed: 4).ToList();
        var result = await new PostalBatchWriter(new PostalBatchOptions { Folder = folder.Path, PacksPerFile = 4 }).WriteAsync(packs);

        var rows = Manifest(result.Summary!.ManifestPath);
        var byNumber = packs.ToDictionary(p => p.MembershipNumber);
        foreach (var file in rows.GroupBy(r => r.BatchFile))
        {
            var pages = PdfText.Pages(Path.Combine(folder.Path, file.Key));
            foreach (var row in file)
            {
                var pack = byNumber[row.MembershipNumber];
                Assert.Contains(pack.AddresseeName, pages[row.FirstPage - 1]);
                Assert.Contains(pack.VotingCode, pages[row.FirstPage - 1]);
                Assert.Contains(pack.MembershipNumber, string.Join(' ', pages[row.LastPage - 1]), StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public async Task WriteAsync_Manifest_HoldsNoNameAddressOrCode()
    {
        using var folder = new TempFolder();
        var packs = SamplePacks.Generate(5, seed: 9).ToList();
        var result = await new PostalBatchWriter(new PostalBatchOptions { Folder = folder.Path }).WriteAsync(packs);

        var text = await File.ReadAllTextAsync(result.Summary!.ManifestPath);
        Assert.StartsWith("Sequence,BatchFile,FirstPage,LastPage,PageCount,MembershipNumber,Postcode", text, StringComparison.Ordinal);
        foreach (var pack in packs)
        {
            Assert.DoesNotContain(pack.AddresseeName, text, StringComparison.Ordinal);
            Assert.DoesNotContain(pack.AddressLines[0], text, StringComparison.Ordinal);
            Assert.DoesNotContain(pack.VotingCode, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WriteAsync_ABadPack_WritesNoPdfAndNoManifest()
    {
        using var folder = new TempFolder();
        var packs = SamplePacks.Generate(30, seed: 1).ToList();
        packs[17] = packs[17] with { Postcode = " " };

        var result = await new PostalBatchWriter(new PostalBatchOptions { Folder = folder.Path, PacksPerFile = 5, SortChunk = 4 }).WriteAsync(packs);

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("postcode", problem.Field);
        Assert.Equal(packs[17].MembershipNumber, problem.MembershipNumber);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task WriteAsync_NoPacks_AnEmptyManifestAndNoFiles()
    {
        using var folder = new TempFolder();
        var result = await new PostalBatchWriter(new PostalBatchOptions { Folder = folder.Path }).WriteAsync([]);

        Assert.Equal(0, result.Summary!.Packs);
        Assert.Empty(result.Summary.Files);
        Assert.Empty(Manifest(result.Summary.ManifestPath));
    }
}
