using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Secrecy.Keys;

/// <summary>A key ceremony record read from JSON, or the first problem in it.</summary>
public sealed class KeyCeremonyRecordReadResult
{
    private KeyCeremonyRecordReadResult(KeyCeremonyRecord? record, string? error)
    {
        Record = record;
        Error = error;
    }

    /// <summary>The record, when the text was well formed.</summary>
    public KeyCeremonyRecord? Record { get; }

    /// <summary>The problem, when it was not.</summary>
    public string? Error { get; }

    /// <summary>Whether it was read.</summary>
    [MemberNotNullWhen(true, nameof(Record))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Record is not null;

    internal static KeyCeremonyRecordReadResult Ok(KeyCeremonyRecord record) => new(record, null);

    internal static KeyCeremonyRecordReadResult Fail(string error) => new(null, error);
}
