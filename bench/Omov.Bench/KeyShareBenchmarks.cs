using BenchmarkDotNet.Attributes;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Bench;

/// <summary>
/// Rebuilding the election key from k unlocked shares (<see cref="BoxOpening.Open"/>: each share
/// checked against its verification key, Lagrange at 0, the result checked against the public key),
/// for 3 of 5 and 8 of 15. Baseline: opening one sealed ballot with the key already rebuilt.
/// Unlocking a share file (PBKDF2, 1,000,000 iterations) is timed by the `ceremony` command.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class KeyShareBenchmarks
{
    private readonly byte[] _context = BallotContext.ForEvent("bench-event");
    private KeyCeremonyRecord _record = null!;
    private List<KeyShare> _shares = [];
    private BallotOpener _opener = null!;
    private byte[] _sealed = [];

    [Params("3 of 5", "8 of 15")]
    public string Shape { get; set; } = "3 of 5";

    [GlobalSetup]
    public void Setup()
    {
        var parts = Shape.Split(" of ");
        var k = int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture);
        var n = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
        var ceremony = KeyBench.Ceremony(k, n);
        _record = ceremony.Record!;
        _shares = KeyBench.Unlock(ceremony, Enumerable.Range(n - k + 1, k));
        _opener = BoxOpening.Open(_record, _shares).Opener!;
        _sealed = BallotSealer.Seal(_record.PublicKey, new byte[107], _context).ToBytes();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _opener.Dispose();
        _shares.ForEach(s => s.Dispose());
    }

    [Benchmark(Baseline = true, Description = "open one ballot")]
    public OpenedBallot OpenOne() => _opener.Open(_sealed, _context);

    [Benchmark(Description = "combine k shares (box opening)")]
    public bool Combine()
    {
        var box = BoxOpening.Open(_record, _shares);
        box.Opener?.Dispose();
        return box.Success;
    }
}
