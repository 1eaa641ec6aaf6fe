using System.Globalization;
using System.Text;
using System.Threading.Channels;
using CsvHelper;
using PdfSharp.Pdf;
using Omov.Delivery.Post.Layout;

namespace Omov.Delivery.Post.Batches;

/// <summary>
/// Turns a stream of packs into print-ready PDF files sorted by postcode, and a CSV manifest
/// for the mailing house. Packs are sorted on disk (<see cref="PackSorter"/>), cut into files of
/// <see cref="PostalBatchOptions.PacksPerFile"/>, and files are rendered in parallel, one per
/// thread; at most a few files' packs are in memory at once, however many packs there are.
/// Every pack is checked first (<see cref="PackCheck"/>); the first bad one stops the run.
/// </summary>
public sealed class PostalBatchWriter
{
    private readonly PostalBatchOptions _options;

    public PostalBatchWriter(PostalBatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.PacksPerFile);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Parallelism);
        _options = options;
    }

    /// <summary>The manifest's file name for these options.</summary>
    public string ManifestFileName => _options.FilePrefix + "-manifest.csv";

    /// <summary>
    /// Writes the files. Returns the problems of the first bad pack instead (files already
    /// written stay, and the manifest is not written, so nothing incomplete looks finished).
    /// </summary>
    public async Task<PostalBatchResult> WriteAsync(IEnumerable<PostalPack> packs, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(packs);
        Directory.CreateDirectory(_options.Folder);
        var sortFolder = _options.TempFolder ?? Path.Combine(_options.Folder, ".omov-sort");
        var sorter = new PackSorter(_options.SortChunk, sortFolder);
        var queue = Channel.CreateBounded<Batch>(new BoundedChannelOptions(_options.Parallelism) { SingleWriter = true });

        // A worker that fails cancels the rest, so the loop below never waits on a full queue nobody reads.
        using var failed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, _options.Parallelism)
            .Select(_ => Task.Run(() => RenderAllAsync(queue.Reader, failed), CancellationToken.None))
            .ToList();
        cancellationToken = failed.Token;

        var manifestPath = Path.Combine(_options.Folder, ManifestFileName);
        var partialPath = manifestPath + ".partial";
        var files = new List<PostalBatchFile>();
        IReadOnlyList<PackProblem>? problems = null;
        long pages = 0;
        var packCount = 0;
        try
        {
            await using (var writer = new StreamWriter(partialPath, append: false, new UTF8Encoding(false)))
            await using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
            {
                csv.WriteHeader<ManifestRow>();
                await csv.NextRecordAsync().ConfigureAwait(false);
                var batch = new List<PostalPack>(_options.PacksPerFile);
                var filePages = 0;
                foreach (var pack in sorter.Sort(Checked(packs, found => problems = found)))
                {
                    // Sorting reads every pack before the first comes out, so a bad one is known here before anything is drawn.
                    if (problems is not null)
                    {
                        break;
                    }

                    cancellationToken.ThrowIfCancellationRequested();
                    var name = FileName(files.Count + 1);
                    var count = PackRenderer.PageCount(pack);
                    packCount++;
                    csv.WriteRecord(new ManifestRow
                    {
                        Sequence = packCount,
                        BatchFile = name,
                        FirstPage = filePages + 1,
                        LastPage = filePages + count,
                        PageCount = count,
                        MembershipNumber = pack.MembershipNumber,
                        Postcode = pack.Postcode,
                    });
                    await csv.NextRecordAsync().ConfigureAwait(false);
                    filePages += count;
                    batch.Add(pack);
                    if (batch.Count == _options.PacksPerFile)
                    {
                        files.Add(new PostalBatchFile(name, batch.Count, filePages));
                        pages += filePages;
                        await queue.Writer.WriteAsync(new Batch(Path.Combine(_options.Folder, name), batch, filePages), cancellationToken).ConfigureAwait(false);
                        batch = new List<PostalPack>(_options.PacksPerFile);
                        filePages = 0;
                    }
                }

                if (batch.Count > 0 && problems is null)
                {
                    var name = FileName(files.Count + 1);
                    files.Add(new PostalBatchFile(name, batch.Count, filePages));
                    pages += filePages;
                    await queue.Writer.WriteAsync(new Batch(Path.Combine(_options.Folder, name), batch, filePages), cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch
        {
            queue.Writer.TryComplete();
            await WhenAllQuietly(workers).ConfigureAwait(false);
            File.Delete(partialPath);
            throw;
        }
        finally
        {
            queue.Writer.TryComplete();
            if (_options.TempFolder is null && Directory.Exists(sortFolder) && !Directory.EnumerateFileSystemEntries(sortFolder).Any())
            {
                Directory.Delete(sortFolder);
            }
        }

        // A worker's failure surfaces here, and the manifest then never appears complete.
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
        catch
        {
            File.Delete(partialPath);
            throw;
        }

        if (problems is not null)
        {
            File.Delete(partialPath);
            return PostalBatchResult.Failed(problems);
        }

        File.Move(partialPath, manifestPath, overwrite: true);
        var cut = workers.Sum(w => w.Result);
        return PostalBatchResult.Written(new PostalBatchSummary(files, packCount, pages, manifestPath, cut));
    }

    /// <summary>Waits for the workers (so no file is half-written when the run ends) without hiding the first failure.</summary>
    private static async Task WhenAllQuietly(List<Task<int>> workers)
    {
        try
        {
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // The exception that stopped the run is the one rethrown by the caller.
        catch
#pragma warning restore CA1031
        {
        }
    }

    private string FileName(int number) => _options.FilePrefix + "-" + number.ToString("D4", CultureInfo.InvariantCulture) + ".pdf";

    /// <summary>Passes packs on until one has problems, then reports them and ends the stream.</summary>
    private static IEnumerable<PostalPack> Checked(IEnumerable<PostalPack> packs, Action<IReadOnlyList<PackProblem>> onProblems)
    {
        foreach (var pack in packs)
        {
            var found = PackCheck.Problems(pack);
            if (found.Count > 0)
            {
                onProblems(found);
                yield break;
            }

            yield return pack;
        }
    }

    private async Task<int> RenderAllAsync(ChannelReader<Batch> batches, CancellationTokenSource failed)
    {
        try
        {
            var renderer = new PackRenderer();
            await foreach (var batch in batches.ReadAllAsync(failed.Token).ConfigureAwait(false))
            {
                Render(renderer, batch);
                _options.Progress?.Report(batch.Packs.Count);
            }

            return renderer.CutLines;
        }
        catch
        {
            await failed.CancelAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void Render(PackRenderer renderer, Batch batch)
    {
        using var document = new PdfDocument();
        document.Info.Title = Path.GetFileNameWithoutExtension(batch.Path);
        document.Info.Creator = "Omov";
        document.Options.CompressContentStreams = true;
        document.Options.FlateEncodeMode = PdfFlateEncodeMode.BestSpeed;
        var pages = 0;
        foreach (var pack in batch.Packs)
        {
            pages += renderer.Render(document, pack);
        }

        if (pages != batch.Pages)
        {
            throw new InvalidOperationException($"{batch.Path}: rendered {pages} pages, the manifest says {batch.Pages}.");
        }

        // Written under a temporary name and renamed, so a file with the final name is complete.
        var partial = batch.Path + ".partial";
        document.Save(partial);
        File.Move(partial, batch.Path, overwrite: true);
    }

    private sealed record Batch(string Path, List<PostalPack> Packs, int Pages);
}
