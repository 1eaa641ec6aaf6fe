using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Running;
using Omov.Bench;

// dotnet run -c Release --project bench/Omov.Bench -- [BenchmarkDotNet args]   benchmarks
// dotnet run -c Release --project bench/Omov.Bench -- once METHOD BALLOTS         one read+count in a fresh process, with peak memory
// dotnet run -c Release --project bench/Omov.Bench -- import sqlite|postgres N   one register import of N members, with peak memory
// dotnet run -c Release --project bench/Omov.Bench -- mail enqueue sqlite|postgres N                  queue N ballot emails
// dotnet run -c Release --project bench/Omov.Bench -- mail send sqlite|postgres N [SENDERS] [MARK]   send N to the local SMTP sink
// dotnet run -c Release --project bench/Omov.Bench -- post N [PACKS_PER_FILE]     N postal packs into print files, against blank pages
// dotnet run -c Release --project bench/Omov.Bench -- freeze sqlite|postgres N [PRESET]  freezing a stored contest's roll, against baselines
// dotnet run -c Release --project bench/Omov.Bench -- ceremony K N                 a key ceremony at production settings, then sealing and opening 20,000 ballots
// dotnet run -c Release --project bench/Omov.Bench -- pages sqlite|postgres N   the register pages' queries over N members
// dotnet run -c Release --project bench/Omov.Bench -- delegates sqlite|postgres N   the delegate entitlement table over N members, against baselines
if (args.Length >= 3 && args[0] == "ceremony")
{
    return CeremonyBench.Run(args);
}

if (args.Length >= 3 && args[0] == "delegates")
{
    return await DelegatesBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
}

if (args.Length >= 3 && args[0] == "freeze")
{
    return await FreezeBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args.Length > 3 ? args[3] : "labour-nec-clp-2020");
}

if (args.Length >= 2 && args[0] == "post")
{
    return await PostBench.RunAsync(int.Parse(args[1], CultureInfo.InvariantCulture), args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1000);
}

if (args.Length >= 4 && args[0] == "mail")
{
    return await MailBench.RunAsync(args);
}

if (args.Length >= 3 && args[0] == "pages")
{
    return await ImportBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), pages: true);
}

if (args.Length >= 3 && args[0] == "issue")
{
    return await IssueBench.RunAsync(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
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
