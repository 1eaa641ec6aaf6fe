using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Omov.Bench;

/// <summary>
/// 3 warm-ups and 10 iterations, run inside the bench process: on this shared 2-core machine
/// BenchmarkDotNet's separate build of a job can pass its two-minute timeout when other builds run.
/// </summary>
public sealed class InProcessShortConfig : ManualConfig
{
    public InProcessShortConfig() =>
        AddJob(Job.Default.WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
}
