using System.Diagnostics.CodeAnalysis;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>An opener for the ballot box, or the check that failed and a message naming the share.</summary>
public sealed class BoxOpeningResult
{
    private BoxOpeningResult(BallotOpener? opener, BoxOpeningFailure failure, string? error, int? share)
    {
        Opener = opener;
        Failure = failure;
        Error = error;
        Share = share;
    }

    /// <summary>The opener, holding the rebuilt key; dispose it when the box is open.</summary>
    public BallotOpener? Opener { get; }

    /// <summary>Which check failed (<see cref="BoxOpeningFailure.None"/> on success).</summary>
    public BoxOpeningFailure Failure { get; }

    /// <summary>The problem in words.</summary>
    public string? Error { get; }

    /// <summary>The number of the share at fault, when one is.</summary>
    public int? Share { get; }

    /// <summary>Whether the box can be opened.</summary>
    [MemberNotNullWhen(true, nameof(Opener))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Opener is not null;

    internal static BoxOpeningResult Ok(BallotOpener opener) => new(opener, BoxOpeningFailure.None, null, null);

    internal static BoxOpeningResult Fail(BoxOpeningFailure failure, string error, int? share = null) => new(null, failure, error, share);
}
