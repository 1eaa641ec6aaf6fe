namespace Omov.Data.Services;

/// <summary>
/// The two facts behind an event's later status moves that the key ceremony and the count keep:
/// whether the ceremony proved its shares open a test ballot (needed to open), and whether the box
/// was opened and counted (needed to mark it counted). Implemented by their storage, and
/// read from storage by <see cref="Results.StoredSecrecyFacts"/>.
/// </summary>
public interface IEventSecrecyFacts
{
    /// <summary>Whether the event's key ceremony finished and proved a test ballot opens with k shares.</summary>
    Task<bool> KeyCeremonyProvenAsync(Guid eventId, CancellationToken cancellationToken = default);

    /// <summary>Whether the event's box was opened with k shares and every contest counted.</summary>
    Task<bool> CountedAsync(Guid eventId, CancellationToken cancellationToken = default);
}
