using System.Text;
using System.Text.Json;

namespace Omov.Delivery.Post.Batches;

/// <summary>
/// Sorts packs into <see cref="PostcodeOrder"/> without holding them all: packs are read in
/// chunks, each chunk is sorted and written to a temporary run file (JSON Lines), and the runs
/// are merged. Input that fits in one chunk is sorted in memory. Ballots are shared objects, so
/// runs store a ballot's index and the merge hands back the very same ballot objects.
/// </summary>
public sealed class PackSorter
{
    private readonly int _chunkSize;
    private readonly string _tempFolder;

    /// <param name="chunkSize">Packs held in memory at once while sorting.</param>
    /// <param name="tempFolder">Where run files go (each deleted when the merge ends).</param>
    public PackSorter(int chunkSize, string tempFolder)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(chunkSize);
        ArgumentNullException.ThrowIfNull(tempFolder);
        _chunkSize = chunkSize;
        _tempFolder = tempFolder;
    }

    /// <summary>The run files written by the last sort (for tests: they are gone once it ends).</summary>
    public int RunsWritten { get; private set; }

    /// <summary>The packs in postcode order, read lazily.</summary>
    public IEnumerable<PostalPack> Sort(IEnumerable<PostalPack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        var ballots = new List<PostalBallot>();
        var ballotIndex = new Dictionary<PostalBallot, int>(ReferenceEqualityComparer.Instance);
        var runs = new List<string>();
        RunsWritten = 0;
        try
        {
            var chunk = new List<PostalPack>(Math.Min(_chunkSize, 65_536));
            using (var source = packs.GetEnumerator())
            {
                var more = source.MoveNext();
                while (more)
                {
                    chunk.Add(source.Current);
                    more = source.MoveNext();
                    if (chunk.Count == _chunkSize || !more)
                    {
                        chunk.Sort(PostcodeOrder.Instance);
                        if (!more && runs.Count == 0)
                        {
                            // Everything fitted in one chunk: no files needed.
                            foreach (var pack in chunk)
                            {
                                yield return pack;
                            }

                            yield break;
                        }

                        runs.Add(WriteRun(chunk, ballots, ballotIndex));
                        RunsWritten++;
                        chunk.Clear();
                    }
                }
            }

            foreach (var pack in Merge(runs, ballots))
            {
                yield return pack;
            }
        }
        finally
        {
            foreach (var run in runs)
            {
                File.Delete(run);
            }
        }
    }

    private string WriteRun(List<PostalPack> chunk, List<PostalBallot> ballots, Dictionary<PostalBallot, int> ballotIndex)
    {
        Directory.CreateDirectory(_tempFolder);
        var path = Path.Combine(_tempFolder, $"omov-sort-{Guid.NewGuid():N}.jsonl");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16);
        foreach (var pack in chunk)
        {
            if (!ballotIndex.TryGetValue(pack.Ballot, out var index))
            {
                index = ballots.Count;
                ballots.Add(pack.Ballot);
                ballotIndex[pack.Ballot] = index;
            }

            var spooled = new SpooledPack(pack.MembershipNumber, pack.AddresseeName, [.. pack.AddressLines], pack.Postcode, pack.Language,
                pack.VotingCode, pack.VotingUrl, index, pack.ContestIndexes is null ? null : [.. pack.ContestIndexes]);
            writer.WriteLine(JsonSerializer.Serialize(spooled, SpoolJson.Default.SpooledPack));
        }

        return path;
    }

    private static IEnumerable<PostalPack> Merge(List<string> runs, List<PostalBallot> ballots)
    {
        var readers = runs.Select(run => new StreamReader(run, Encoding.UTF8, false, 1 << 16)).ToList();
        try
        {
            var queue = new PriorityQueue<(PostalPack Pack, int Run), PostalPack>(PostcodeOrder.Instance);
            for (var i = 0; i < readers.Count; i++)
            {
                if (Read(readers[i], ballots) is { } first)
                {
                    queue.Enqueue((first, i), first);
                }
            }

            while (queue.TryDequeue(out var next, out _))
            {
                yield return next.Pack;
                if (Read(readers[next.Run], ballots) is { } following)
                {
                    queue.Enqueue((following, next.Run), following);
                }
            }
        }
        finally
        {
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    private static PostalPack? Read(StreamReader reader, List<PostalBallot> ballots)
    {
        var line = reader.ReadLine();
        if (line is null)
        {
            return null;
        }

        var spooled = JsonSerializer.Deserialize(line, SpoolJson.Default.SpooledPack)!;
        return new PostalPack
        {
            MembershipNumber = spooled.MembershipNumber,
            AddresseeName = spooled.AddresseeName,
            AddressLines = spooled.AddressLines,
            Postcode = spooled.Postcode,
            Language = spooled.Language,
            VotingCode = spooled.VotingCode,
            VotingUrl = spooled.VotingUrl,
            Ballot = ballots[spooled.Ballot],
            ContestIndexes = spooled.ContestIndexes,
        };
    }
}
