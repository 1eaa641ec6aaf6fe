using Omov.Elections.Secrecy.Keys;

namespace Omov.Data.Voting;

/// <summary>
/// Where the voting pages find the key to seal an event's ballots to: the public key of the
/// event's proven key ceremony (kept by the key ceremony's storage). There is none before the
/// ceremony has proved its shares, and then no ballot may be cast.
/// </summary>
public interface IEventPublicKeys
{
    /// <summary>The event's election public key, or null when no key ceremony has been proven for it.</summary>
    Task<ElectionPublicKey?> GetPublicKeyAsync(Guid eventId, CancellationToken cancellationToken = default);
}
