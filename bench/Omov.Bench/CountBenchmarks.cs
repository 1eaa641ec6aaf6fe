using BenchmarkDotNet.Attributes;
using Omov.Counting;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;
using Omov.Counting.Methods;

namespace Omov.Bench;

/// <summary>
/// Reads a BLT file of N ballots × 30 candidates × 9 seats and counts it. The baseline is
/// reading alone, so the ratios say what each count costs on top of parsing the file.
/// </summary>
[MemoryDiagnoser]
[ShortRunJob]
public class CountBenchmarks
{
    private string _path = string.Empty;

    [Params(10_000, 100_000, 1_000_000)]
    public int Ballots { get; set; }

    [GlobalSetup]
    public void Setup() => _path = BenchmarkElections.PathFor(Ballots);

    [Benchmark(Baseline = true, Description = "read BLT")]
    public BallotBox Read() => ReadBallots(_path);

    [Benchmark(Description = "read + ers97, at least 4 women")]
    public CountResult Ers97WithGenderMinimum() => CountFile(_path, "ers97", withGenderMinimum: true);

    [Benchmark(Description = "read + meek")]
    public CountResult Meek() => CountFile(_path, "meek", withGenderMinimum: false);

    [Benchmark(Description = "read + scottish-stv")]
    public CountResult ScottishStv() => CountFile(_path, "scottish-stv", withGenderMinimum: false);

    internal static BallotBox ReadBallots(string path)
    {
        var result = BltReader.Read(path);
        return result.Success ? result.Ballots : throw new InvalidOperationException(result.Error.ToString());
    }

    internal static CountResult CountFile(string path, string method, bool withGenderMinimum) =>
        Count(ReadBallots(path), method, withGenderMinimum);

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
