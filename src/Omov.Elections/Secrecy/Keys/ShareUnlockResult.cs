using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>A share unlocked with its passphrase, or why it was not.</summary>
public sealed class ShareUnlockResult
{
    private ShareUnlockResult(KeyShare? share, string? error)
    {
        Share = share;
        Error = error;
    }

    /// <summary>The share, when it unlocked.</summary>
    public KeyShare? Share { get; }

    /// <summary>Why it did not.</summary>
    public string? Error { get; }

    /// <summary>Whether it unlocked.</summary>
    [MemberNotNullWhen(true, nameof(Share))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Share is not null;

    internal static ShareUnlockResult Ok(KeyShare share) => new(share, null);

    internal static ShareUnlockResult Fail(string error) => new(null, error);
}
