namespace Omov.Delivery.Post.Batches;

/// <summary>How packs are split into print files.</summary>
public sealed record PostalBatchOptions
{
    /// <summary>The folder print files and the manifest are written to (created if needed).</summary>
    public required string Folder { get; init; }

    /// <summary>Packs in each print file; the last file holds the rest.</summary>
    public int PacksPerFile { get; init; } = 1000;

    /// <summary>Start of every file name: <c>{prefix}-0001.pdf</c>, <c>{prefix}-manifest.csv</c>.</summary>
    public string FilePrefix { get; init; } = "postal";

    /// <summary>Files rendered at once (each on its own thread); by default one per processor.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Packs held in memory at once while sorting by postcode.</summary>
    public int SortChunk { get; init; } = 20_000;

    /// <summary>Where sort runs go; by default a hidden folder inside <see cref="Folder"/>, because they hold voting codes just as the PDFs do.</summary>
    public string? TempFolder { get; init; }

    /// <summary>Told how many packs a file held, each time one is written (from the rendering threads).</summary>
    public IProgress<int>? Progress { get; init; }
}
