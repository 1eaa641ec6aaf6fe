namespace Omov.Elections.Events;

/// <summary>
/// Facts kept outside the event that its status moves depend on, gathered by the caller from
/// storage: which roll contests have an approved roll, whether the key ceremony proved its
/// shares, and whether the box has been opened and counted.
/// </summary>
public sealed record EventReadiness
{
    /// <summary>The stored contests with an approved roll.</summary>
    public IReadOnlySet<string> ApprovedRolls { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the key ceremony finished and proved a test ballot opens with k shares.</summary>
    public bool KeyCeremonyProven { get; init; }

    /// <summary>Whether the ballot box was opened with k shares and every contest counted.</summary>
    public bool Counted { get; init; }
}
