using BenchmarkDotNet.Attributes;
using Omov.Counting;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;
using Omov.Counting.Methods;

namespace Omov.Bench;

/// <summary>
/// N ballots × 30 candidates × 9 seats. The baseline reads the BLT file; the others count a box
/// read once beforehand, so each ratio says what a count costs relative to parsing its file,
/// and read + count is the sum of the two rows. (`once` in Program.cs measures a cold
/// read + count in a fresh process, with its peak memory.)
/// </summary>
[MemoryDiagnoser]
[SimpleJob(warmupCount: 3, iterationCount: 10)]
public class CountBenchmarks
{
    private string _path = string.Empty;
    private BallotBox _ballots = null!;

    [Params(10_000, 100_000, 1_000_000)]
    public int Ballots { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkElections.PathFor(Ballots);
        _ballots = ReadBallots(_path);
    }

    [Benchmark(Baseline = true, Description = "read BLT")]
    public BallotBox Read() => ReadBallots(_path);

    [Benchmark(Description = "count ers97, at least 4 women")]
    public CountResult Ers97WithGenderMinimum() => Count(_ballots, "ers97", withGenderMinimum: true);

    [Benchmark(Description = "count meek")]
    public CountResult Meek() => Count(_ballots, "meek", withGenderMinimum: false);

    [Benchmark(Description = "count scottish-stv")]
    public CountResult ScottishStv() => Count(_ballots, "scottish-stv", withGenderMinimum: false);

    internal static BallotBox ReadBallots(string path)
    {
        var result = BltReader.Read(path);
        return result.Success ? result.Ballots : throw new InvalidOperationException(result.Error.ToString());
    }

    internal static CountResult Count(BallotBox ballots, string method, bool withGenderMinimum)
    {
        var counter = CountingMethods.Find(method) ?? throw new InvalidOperationException($"No method '{method}'.");
        var options = new CountOptions();
        if (withGenderMinimum)
        {
            var women = new ElectionGenerator().Women;
            options = options with
            {
                Groups = new Dictionary<string, IReadOnlyList<int>> { ["women"] = women },
                Limits = [new GroupLimit("women", GroupLimitKind.Minimum, 4)],
            };
        }

        return counter.Count(ballots, options);
    }
}
