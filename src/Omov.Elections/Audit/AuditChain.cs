namespace Omov.Elections.Audit;

/// <summary>
/// Appends entries to a hash-chained audit log, and verifies a log. The chain is the whole
/// protection: storage keeps the entries, and anyone holding an export can re-check every link
/// with <see cref="Verify"/> or an independent implementation of <see cref="AuditCanonicalForm"/>.
/// A chain cannot show that entries were cut off its end; publishing the last hash (which
/// <see cref="Verify"/> returns) and comparing later exports with it does.
/// </summary>
public sealed class AuditChain
{
    /// <summary>The previous hash of the first entry: 64 zeros.</summary>
    public static readonly string GenesisHash = new('0', 64);

    // Detail keys that suggest a secret is about to be written to a permanent, published log.
    private static readonly string[] s_forbiddenKeyParts = ["password", "secret", "totp", "recovery", "token"];

    private readonly TimeProvider _time;
    private readonly Lock _lock = new();
    private long _sequence;
    private string _lastHash;
    private DateTimeOffset _lastTimestamp;

    /// <summary>A new, empty chain.</summary>
    public AuditChain(TimeProvider time)
        : this(time, null)
    {
    }

    /// <summary>A chain that continues after <paramref name="last"/> (the last stored entry), or a new one when it is null.</summary>
    public AuditChain(TimeProvider time, AuditEntry? last)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
        _sequence = last?.Sequence ?? 0;
        _lastHash = last?.Hash ?? GenesisHash;
        _lastTimestamp = last?.Timestamp ?? DateTimeOffset.MinValue;
    }

    /// <summary>Sequence number of the last entry (0 when empty).</summary>
    public long LastSequence
    {
        get
        {
            lock (_lock)
            {
                return _sequence;
            }
        }
    }

    /// <summary>Hash of the last entry (<see cref="GenesisHash"/> when empty).</summary>
    public string LastHash
    {
        get
        {
            lock (_lock)
            {
                return _lastHash;
            }
        }
    }

    /// <summary>
    /// Makes the next entry, timestamped now, and moves the head of the chain to it. The caller
    /// stores the entry; if storing fails, the chain must be rebuilt from what was stored.
    /// If the clock has gone back since the last entry, the entry takes the last entry's time,
    /// so that timestamps never decrease.
    /// </summary>
    /// <exception cref="ArgumentException">An empty actor or action, text that is not valid Unicode, or a detail key that names a secret.</exception>
    public AuditEntry Append(string actor, string action, string subject, IReadOnlyDictionary<string, string>? details = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentNullException.ThrowIfNull(subject);
        var copy = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in details ?? new Dictionary<string, string>())
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(key, nameof(details));
            ArgumentNullException.ThrowIfNull(value, nameof(details));
            if (s_forbiddenKeyParts.Any(part => key.Contains(part, StringComparison.OrdinalIgnoreCase)))
            {
                throw new ArgumentException($"The detail '{key}' looks like a secret; the audit log is published and must never hold one.", nameof(details));
            }

            CheckUnicode(key, nameof(details));
            CheckUnicode(value, nameof(details));
            copy.Add(key, value);
        }

        CheckUnicode(actor, nameof(actor));
        CheckUnicode(action, nameof(action));
        CheckUnicode(subject, nameof(subject));

        lock (_lock)
        {
            var now = _time.GetUtcNow().ToUniversalTime();
            var timestamp = now < _lastTimestamp ? _lastTimestamp : now;
            var unhashed = new AuditEntry
            {
                Sequence = _sequence + 1,
                Timestamp = timestamp,
                Actor = actor,
                Action = action,
                Subject = subject,
                Details = copy,
                PreviousHash = _lastHash,
                Hash = string.Empty,
            };
            var entry = unhashed with { Hash = AuditCanonicalForm.ComputeHash(unhashed) };
            _sequence = entry.Sequence;
            _lastHash = entry.Hash;
            _lastTimestamp = entry.Timestamp;
            return entry;
        }
    }

    /// <summary>
    /// Checks a whole log from its first entry: sequence numbers 1, 2, 3... with no gap, each
    /// entry's previous hash equal to the hash before it (the first to <see cref="GenesisHash"/>),
    /// each hash equal to the hash of its canonical form, and timestamps never decreasing. Stops
    /// at the first bad entry. Reads the entries once, so a log can be streamed.
    /// </summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        long position = 0;
        var lastHash = GenesisHash;
        DateTimeOffset? lastTimestamp = null;
        foreach (var entry in entries)
        {
            position++;
            AuditVerification Fail(AuditFailureKind kind, string reason) => new()
            {
                IsValid = false,
                VerifiedCount = position - 1,
                LastHash = lastHash,
                FailedPosition = position,
                FailedSequence = entry.Sequence,
                Failure = kind,
                Reason = reason,
            };

            if (entry.Sequence != position)
            {
                return entry.Sequence > position
                    ? Fail(AuditFailureKind.SequenceGap, $"sequence number {entry.Sequence} where {position} was expected: entries are missing or were moved")
                    : Fail(AuditFailureKind.SequenceOutOfOrder, $"sequence number {entry.Sequence} where {position} was expected: entries are out of order or repeated");
            }

            if (Invalid(entry) is { } invalid)
            {
                return Fail(AuditFailureKind.InvalidField, invalid);
            }

            if (!string.Equals(entry.PreviousHash, lastHash, StringComparison.Ordinal))
            {
                return Fail(AuditFailureKind.BrokenLink, position == 1
                    ? $"previous hash {entry.PreviousHash} is not the genesis value {GenesisHash}"
                    : $"previous hash {entry.PreviousHash} is not the hash of entry {position - 1} ({lastHash})");
            }

            var computed = AuditCanonicalForm.ComputeHash(entry);
            if (!string.Equals(entry.Hash, computed, StringComparison.Ordinal))
            {
                return Fail(AuditFailureKind.HashMismatch, $"stored hash {entry.Hash} is not the hash of the entry's contents ({computed}): the entry was changed");
            }

            if (entry.Timestamp < lastTimestamp)
            {
                return Fail(AuditFailureKind.TimestampBackwards, $"timestamp {AuditCanonicalForm.FormatTimestamp(entry.Timestamp)} is earlier than entry {position - 1}'s ({AuditCanonicalForm.FormatTimestamp(lastTimestamp.Value)})");
            }

            lastHash = entry.Hash;
            lastTimestamp = entry.Timestamp;
        }

        return new AuditVerification { IsValid = true, VerifiedCount = position, LastHash = lastHash };
    }

    private static string? Invalid(AuditEntry entry)
    {
        if (entry.Timestamp.Offset != TimeSpan.Zero)
        {
            return "the timestamp is not in UTC";
        }

        if (!IsHash(entry.Hash))
        {
            return "the hash is not 64 lowercase hexadecimal digits";
        }

        if (!IsHash(entry.PreviousHash))
        {
            return "the previous hash is not 64 lowercase hexadecimal digits";
        }

        if (string.IsNullOrWhiteSpace(entry.Actor) || string.IsNullOrWhiteSpace(entry.Action))
        {
            return "the actor or the action is empty";
        }

        var texts = new[] { entry.Actor, entry.Action, entry.Subject }.Concat(entry.Details.Keys).Concat(entry.Details.Values);
        return texts.Any(text => text is null || HasLoneSurrogate(text)) ? "a field is not valid Unicode text" : null;
    }

    internal static bool IsHash(string? text) =>
        text is { Length: 64 } && text.All(c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'));

    private static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static void CheckUnicode(string text, string parameter)
    {
        if (HasLoneSurrogate(text))
        {
            throw new ArgumentException("The text is not valid Unicode (it has a lone surrogate).", parameter);
        }
    }
}
