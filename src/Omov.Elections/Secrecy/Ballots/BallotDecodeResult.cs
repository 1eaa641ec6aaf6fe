using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Secrecy.Ballots;

/// <summary>A decoded ballot plaintext, or where (byte offset) and why it is malformed.</summary>
public sealed class BallotDecodeResult
{
    private BallotDecodeResult(BallotPlaintext? ballot, int? offset, string? error)
    {
        Ballot = ballot;
        Offset = offset;
        Error = error;
    }

    /// <summary>The ballot, when well formed.</summary>
    public BallotPlaintext? Ballot { get; }

    /// <summary>The byte offset of the problem, when it was not.</summary>
    public int? Offset { get; }

    /// <summary>The problem, starting with its byte offset; never which candidates were chosen.</summary>
    public string? Error { get; }

    /// <summary>Whether it decoded.</summary>
    [MemberNotNullWhen(true, nameof(Ballot))]
    [MemberNotNullWhen(false, nameof(Error), nameof(Offset))]
    public bool Success => Ballot is not null;

    internal static BallotDecodeResult Ok(BallotPlaintext ballot) => new(ballot, null, null);

    internal static BallotDecodeResult Fail(int offset, string error) =>
        new(null, offset, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"byte {offset}: {error}"));
}
