using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Secrecy.Sealing;

/// <summary>The plaintext of an opened ballot, or why it did not open.</summary>
public sealed class OpenedBallot
{
    private OpenedBallot(byte[]? plaintext, OpenFailure failure, string? error)
    {
        Plaintext = plaintext;
        Failure = failure;
        Error = error;
    }

    /// <summary>The plaintext, when it opened.</summary>
    public byte[]? Plaintext { get; }

    /// <summary>Why it did not (<see cref="OpenFailure.None"/> when it did).</summary>
    public OpenFailure Failure { get; }

    /// <summary>The reason in words, when it did not.</summary>
    public string? Error { get; }

    /// <summary>Whether it opened.</summary>
    [MemberNotNullWhen(true, nameof(Plaintext))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Plaintext is not null;

    internal static OpenedBallot Ok(byte[] plaintext) => new(plaintext, OpenFailure.None, null);

    internal static OpenedBallot Fail(OpenFailure failure, string error) => new(null, failure, error);
}
