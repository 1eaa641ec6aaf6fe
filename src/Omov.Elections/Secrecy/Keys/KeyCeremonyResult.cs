using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>
/// What a key ceremony gives: the record to keep on the server and one protected share file per
/// scrutineer (to hand to them and then delete from the server) — or every problem with the request.
/// </summary>
public sealed class KeyCeremonyResult
{
    private KeyCeremonyResult(KeyCeremonyRecord? record, IReadOnlyList<ShareFile> shareFiles, IReadOnlyList<string> problems)
    {
        Record = record;
        ShareFiles = shareFiles;
        Problems = problems;
    }

    /// <summary>The public record, including the proof, when the ceremony completed.</summary>
    public KeyCeremonyRecord? Record { get; }

    /// <summary>The share files, in share order; empty when it did not.</summary>
    public IReadOnlyList<ShareFile> ShareFiles { get; }

    /// <summary>Why it did not complete, one sentence each; empty when it did.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Whether the ceremony completed and proved its key.</summary>
    [MemberNotNullWhen(true, nameof(Record))]
    public bool Success => Record is not null;

    internal static KeyCeremonyResult Ok(KeyCeremonyRecord record, IReadOnlyList<ShareFile> shareFiles) => new(record, shareFiles, []);

    internal static KeyCeremonyResult Fail(IReadOnlyList<string> problems) => new(null, [], problems);
}
