using System.Diagnostics.CodeAnalysis;

namespace Omov.Elections.Audit;

/// <summary>The entries read from an audit export, or the first place it is malformed.</summary>
public sealed record AuditLogReadResult
{
    private AuditLogReadResult(IReadOnlyList<AuditEntry>? entries, AuditLogError? error)
    {
        Entries = entries;
        Error = error;
    }

    /// <summary>The entries in file order (not yet verified), when the file was well formed.</summary>
    public IReadOnlyList<AuditEntry>? Entries { get; }

    /// <summary>The first malformed line, when not.</summary>
    public AuditLogError? Error { get; }

    /// <summary>Whether every line was read.</summary>
    [MemberNotNullWhen(true, nameof(Entries))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Success => Error is null;

    internal static AuditLogReadResult Ok(IReadOnlyList<AuditEntry> entries) => new(entries, null);

    internal static AuditLogReadResult Fail(AuditLogError error) => new(null, error);
}
