using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Omov.Bench;

// dotnet run -c Release --project bench/Omov.Bench -- [BenchmarkDotNet args]   benchmarks
// dotnet run -c Release --project bench/Omov.Bench -- once METHOD BALLOTS         one read+count in a fresh process, with peak memory
// dotnet run -c Release --project bench/Omov.Bench -- import sqlite|postgres N   one register import of N members, with peak memory
// dotnet run -c Release --project bench/Omov.Bench -- pages sqlite|postgres N   the register pages' queries over N members
if (args.Length >= 3 && args[0] == "pages")
{
    return await ImportBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), pages: true);
}

if (args.Length >= 3 && args[0] == "import")
{
    return await ImportBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
}

if (args.Length >= 3 && args[0] == "once")
{
    var method = args[1];
    var ballots = int.Parse(args[2], CultureInfo.InvariantCulture);
    var path = BenchmarkElections.PathFor(ballots);
    var stopwatch = Stopwatch.StartNew();
    var box = CountBenchmarks.ReadBallots(path);
    var readTime = stopwatch.Elapsed;
    var result = method == "read" ? null : CountBenchmarks.Count(box, method, withGenderMinimum: method == "ers97");
    var total = stopwatch.Elapsed;
    using var process = Process.GetCurrentProcess();
    Console.WriteLine(FormattableString.Invariant(
        $"{method} {ballots:N0} ballots ({box.RankingCount:N0} distinct rankings): read {readTime.TotalMilliseconds:F0} ms, read+count {total.TotalMilliseconds:F0} ms, stages {result?.Stages.Count ?? 0}, peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB"));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CountBenchmarks).Assembly).Run(args);
return 0;
