using System.Diagnostics;
using System.Globalization;
using Omov.Delivery.Post.Batches;
using Omov.Delivery.Post.Layout;
using Omov.Delivery.Post.Samples;
using PdfSharp.Pdf;

namespace Omov.Bench;

/// <summary>
/// <c>post N [PACKS_PER_FILE]</c>: renders N synthetic postal packs into print files as
/// <c>omov post render</c> does (sort, split, render on every core, manifest), in a fresh process,
/// then, in the same process, the baseline: the same number of pages, blank, in files of the
/// same size. Prints wall time, CPU time, pages, bytes and peak memory for both.
/// </summary>
internal static class PostBench
{
    public static async Task<int> RunAsync(int packs, int packsPerFile)
    {
        var folder = Path.Combine(Path.GetTempPath(), "omov-bench-post-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var result = await new PostalBatchWriter(new PostalBatchOptions { Folder = Path.Combine(folder, "packs"), PacksPerFile = packsPerFile })
                .WriteAsync(SamplePacks.Generate(packs, seed: 2026));
            var packTime = stopwatch.Elapsed;
            process.Refresh();
            var packCpu = process.TotalProcessorTime - cpu;
            var summary = result.Summary!;
            var bytes = Directory.GetFiles(Path.Combine(folder, "packs"), "*.pdf").Sum(f => new FileInfo(f).Length);

            // Baseline: as many blank A4 pages, in files of the same number of pages, on as many threads.
            var pagesPerFile = (int)Math.Ceiling((double)summary.Pages / Math.Max(1, summary.Files.Count));
            cpu = process.TotalProcessorTime;
            stopwatch.Restart();
            var blankFolder = Directory.CreateDirectory(Path.Combine(folder, "blank")).FullName;
            var files = (int)Math.Ceiling((double)summary.Pages / pagesPerFile);
            Parallel.For(0, files, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
            {
                using var document = new PdfDocument();
                document.Options.CompressContentStreams = true;
                var count = (int)Math.Min(pagesPerFile, summary.Pages - ((long)i * pagesPerFile));
                for (var p = 0; p < count; p++)
                {
                    var page = document.AddPage();
                    page.Width = PdfSharp.Drawing.XUnit.FromMillimeter(210);
                    page.Height = PdfSharp.Drawing.XUnit.FromMillimeter(297);
                }

                document.Save(Path.Combine(blankFolder, i.ToString(CultureInfo.InvariantCulture) + ".pdf"));
            });
            var blankTime = stopwatch.Elapsed;
            process.Refresh();
            var blankCpu = process.TotalProcessorTime - cpu;
            Console.WriteLine(FormattableString.Invariant(
                $"post {packs:N0} packs, {summary.Pages:N0} pages, {summary.Files.Count} files of {packsPerFile}: {packTime.TotalSeconds:F1} s wall, {packCpu.TotalSeconds:F1} s CPU ({packTime.TotalMilliseconds / packs:F2} ms/pack wall), {bytes / 1048576.0:F0} MB"));
            Console.WriteLine(FormattableString.Invariant(
                $"baseline {summary.Pages:N0} blank pages: {blankTime.TotalSeconds:F1} s wall, {blankCpu.TotalSeconds:F1} s CPU; packs/baseline wall {packTime / blankTime:F1}x, CPU {packCpu / blankCpu:F1}x"));
            Console.WriteLine(FormattableString.Invariant($"peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB, {Environment.ProcessorCount} processors"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
