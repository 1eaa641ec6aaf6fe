using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// What a key ceremony leaves on the server, all of it public: the election key, who holds which
/// share and each share's verification key (share·G), and the proof — a test ballot sealed to the
/// key and the sets of shares that were seen to open it. It holds no share and no private key.
/// </summary>
public sealed record KeyCeremonyRecord
{
    /// <summary>The ballot event the key is for.</summary>
    public required string EventId { get; init; }

    /// <summary>The election public key ballots are sealed to.</summary>
    public required ElectionPublicKey PublicKey { get; init; }

    /// <summary>Shares needed to open the box (k).</summary>
    public required int Threshold { get; init; }

    /// <summary>The share holders, in share order (n of them).</summary>
    public required IReadOnlyList<ShareHolder> Holders { get; init; }

    /// <summary>The test ballot, sealed to <see cref="PublicKey"/> with <see cref="BallotContext.ForCeremonyTest"/>.</summary>
    public required byte[] TestBallot { get; init; }

    /// <summary>SHA-256 of the test ballot's plaintext, lowercase hex: what opening it must give.</summary>
    public required string TestPlaintextDigest { get; init; }

    /// <summary>The share numbers of each set of k shares that opened the test ballot during the ceremony.</summary>
    public required IReadOnlyList<IReadOnlyList<int>> OpenedWith { get; init; }

    /// <summary>
    /// Whether every share was checked to lie on one polynomial of degree k-1 — which means every
    /// set of k shares, not only those in <see cref="OpenedWith"/>, rebuilds the same key.
    /// </summary>
    public required bool AllSharesConsistent { get; init; }

    /// <summary>Shares made (n).</summary>
    public int Count => Holders.Count;

    /// <summary>The tracking code of the test ballot.</summary>
    public TrackingCode TestBallotTrackingCode => TrackingCode.For(TestBallot);
}
