using Omov.Elections.Secrecy.Keys;

namespace Omov.Data.Results;

/// <summary>An event's key ceremony as stored: the public record, who held it and when, and the share files not yet collected.</summary>
public sealed record StoredCeremony
{
    /// <summary>The public record (key, holders, verification keys, proof).</summary>
    public required KeyCeremonyRecord Record { get; init; }

    /// <summary>The audit actor who ran it.</summary>
    public required string HeldBy { get; init; }

    /// <summary>When.</summary>
    public required DateTimeOffset HeldAt { get; init; }

    /// <summary>Usernames, by share number, of scrutineers who have not yet downloaded their share file.</summary>
    public required IReadOnlyDictionary<int, string> Uncollected { get; init; }

    /// <summary>Whether the ceremony proved a test ballot opens with k shares (readiness to open the ballot).</summary>
    public bool Proven => Record.AllSharesConsistent && Record.OpenedWith.Count > 0;
}
