using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>A share file read from its text, or the first problem found in it.</summary>
public sealed class ShareFileReadResult
{
    private ShareFileReadResult(ShareFile? file, string? error)
    {
        File = file;
        Error = error;
    }

    /// <summary>The share file, when the text was well formed.</summary>
    public ShareFile? File { get; }

    /// <summary>The problem, when it was not.</summary>
    public string? Error { get; }

    /// <summary>Whether the text was read.</summary>
    [MemberNotNullWhen(true, nameof(File))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => File is not null;

    internal static ShareFileReadResult Ok(ShareFile file) => new(file, null);

    internal static ShareFileReadResult Fail(string error) => new(null, error);
}
