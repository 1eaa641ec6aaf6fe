using BenchmarkDotNet.Attributes;
using Omov.Delivery.Post;
using Omov.Delivery.Post.Layout;
using Omov.Delivery.Post.Samples;
using PdfSharp.Pdf;

namespace Omov.Bench;

/// <summary>
/// The cost of one postal pack (letter, three to five ballot papers, return page), against the
/// baseline of one blank A4 page, each saved to memory. Packs are drawn 100 to a document, as in
/// a print file, so fonts are embedded once per 100 packs as they are in real runs.
/// </summary>
[MemoryDiagnoser]
public class PostBenchmarks
{
    private const int PacksPerDocument = 100;
    private PostalPack[] _packs = [];
    private PackRenderer _renderer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _packs = [.. SamplePacks.Generate(PacksPerDocument, seed: 1)];
        _renderer = new PackRenderer();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = PacksPerDocument)]
    public long BlankPagePerPack()
    {
        using var document = new PdfDocument();
        for (var i = 0; i < PacksPerDocument; i++)
        {
            document.AddPage();
        }

        return Save(document);
    }

    [Benchmark(OperationsPerInvoke = PacksPerDocument)]
    public long Pack()
    {
        using var document = new PdfDocument();
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        foreach (var pack in _packs)
        {
            _renderer.Render(document, pack);
        }

        return Save(document);
    }

    [Benchmark(OperationsPerInvoke = PacksPerDocument)]
    public int QrCodeOnly()
    {
        var modules = 0;
        foreach (var pack in _packs)
        {
            modules += QrMatrix.For(pack.VotingUrl).GetLength(0);
        }

        return modules;
    }

    private static long Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.Length;
    }
}
