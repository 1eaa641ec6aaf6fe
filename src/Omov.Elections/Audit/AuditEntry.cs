namespace Omov.Elections.Audit;

/// <summary>
/// One entry of the audit log: who did what to what, and when, chained to the entry before it.
/// <see cref="Hash"/> is the lowercase hexadecimal SHA-256 of the entry's canonical form
/// (<see cref="AuditCanonicalForm"/>), which covers every other property, including
/// <see cref="PreviousHash"/>; so changing, removing or reordering any entry breaks the chain
/// from there on. See <c>docs/audit-log.md</c> for the exact rules.
/// </summary>
public sealed record AuditEntry
{
    /// <summary>Position in the log, from 1, with no gaps.</summary>
    public required long Sequence { get; init; }

    /// <summary>When the action happened, in UTC (offset zero), kept to the tick (100 ns).</summary>
    public required DateTimeOffset Timestamp { get; init; }

    /// <summary>A staff username, or <see cref="AuditActors.System"/> for Omov itself.</summary>
    public required string Actor { get; init; }

    /// <summary>What was done, as a dotted name such as <c>member.viewed</c> (see <see cref="AuditActions"/>).</summary>
    public required string Action { get; init; }

    /// <summary>What it was done to (a membership number, a contest id); empty when nothing in particular.</summary>
    public required string Subject { get; init; }

    /// <summary>A few facts about the action. Never passwords, second-factor codes or secrets.</summary>
    public IReadOnlyDictionary<string, string> Details { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The <see cref="Hash"/> of the entry before; <see cref="AuditChain.GenesisHash"/> for the first.</summary>
    public required string PreviousHash { get; init; }

    /// <summary>SHA-256 of the canonical form, 64 lowercase hexadecimal digits.</summary>
    public required string Hash { get; init; }
}
