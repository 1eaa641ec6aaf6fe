namespace Omov.Elections.Audit;

/// <summary>Why an audit chain does not verify.</summary>
public enum AuditFailureKind
{
    /// <summary>The stored hash is not the hash of the entry's canonical form: the entry was changed.</summary>
    HashMismatch,

    /// <summary>The entry's previous hash is not the hash of the entry before it: an entry was removed, inserted or replaced.</summary>
    BrokenLink,

    /// <summary>The sequence number skips ahead: entries are missing.</summary>
    SequenceGap,

    /// <summary>The sequence number goes back or repeats: entries were reordered or duplicated.</summary>
    SequenceOutOfOrder,

    /// <summary>The timestamp is earlier than the one before it.</summary>
    TimestampBackwards,

    /// <summary>A field breaks the format (a timestamp not in UTC, a hash that is not 64 lowercase hex digits, text that is not valid Unicode).</summary>
    InvalidField,
}
