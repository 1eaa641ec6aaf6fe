using System.Security.Cryptography;
using BenchmarkDotNet.Attributes;
using Omov.Elections.Credentials;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Bench;

/// <summary>
/// Sealing and opening one ballot of a Labour-style event (Leader and Deputy by AV, NEC CLP section
/// by STV from 30, a disabled members' rep by FPTP: 107 bytes padded), and of a 4 KB plaintext to
/// show how cost grows with size. The baseline is SHA-256 of the same plaintext bytes. Voting-code
/// rows: generating a code with its stored hash, and checking a typed code (parse + hash + compare).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(InProcessShortConfig))]
public class SealingBenchmarks
{
    private readonly byte[] _context = BallotContext.ForEvent("event-2026-nec");
    private byte[] _plaintext = [];
    private byte[] _sealed = [];
    private ElectionPublicKey _publicKey = null!;
    private BallotOpener _opener = null!;
    private string _typedCode = string.Empty;
    private byte[] _storedHash = [];

    [Params("labour event", "4 KB")]
    public string Plaintext { get; set; } = "labour event";

    [GlobalSetup]
    public void Setup()
    {
        var layout = new BallotLayout(
        [
            ContestLayout.Ranked(1, 5),
            ContestLayout.Ranked(2, 6),
            ContestLayout.Ranked(3, 30),
            ContestLayout.Marked(4, 3, 1),
        ]);
        _plaintext = Plaintext == "4 KB"
            ? RandomNumberGenerator.GetBytes(4096)
            : BallotEncoding.Encode(new BallotPlaintext([ContestChoice.Ranking(1, [2, 1]), ContestChoice.Ranking(3, [4, 9, 1, 30, 7, 12, 5, 3, 22])]), layout);
        (_opener, _publicKey) = KeyBench.Opener(3, 5);
        _sealed = BallotSealer.Seal(_publicKey, _plaintext, _context).ToBytes();
        var code = VotingCode.Generate();
        _typedCode = code.ToDisplayText().ToLowerInvariant();
        _storedHash = VotingCodeHash.Compute("event-2026-nec", code);
    }

    [GlobalCleanup]
    public void Cleanup() => _opener.Dispose();

    [Benchmark(Baseline = true, Description = "SHA-256 of the plaintext")]
    public byte[] Sha256() => SHA256.HashData(_plaintext);

    [Benchmark(Description = "seal")]
    public SealedBallot Seal() => BallotSealer.Seal(_publicKey, _plaintext, _context);

    [Benchmark(Description = "seal + tracking code")]
    public TrackingCode SealAndTrack() => BallotSealer.Seal(_publicKey, _plaintext, _context).TrackingCode;

    [Benchmark(Description = "open")]
    public OpenedBallot Open() => _opener.Open(_sealed, _context);

    [Benchmark(Description = "voting code: generate + hash")]
    public byte[] IssueCode() => VotingCodeHash.Compute("event-2026-nec", VotingCode.Generate());

    [Benchmark(Description = "voting code: parse + hash + compare")]
    public bool CheckCode() => VotingCode.Parse(_typedCode) is { Success: true } parsed
        && VotingCodeHash.Matches(_storedHash, "event-2026-nec", parsed.Code);
}
