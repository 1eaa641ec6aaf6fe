using Omov.Data.Services;
using Omov.Data.Voting;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Data.Results;

/// <summary>
/// What the voting pages and the status moves need from the key ceremony and the count, read from
/// storage: the sealing key of a proven ceremony, whether it was proven, whether the box was counted.
/// </summary>
public sealed class StoredSecrecyFacts(OmovDatabase database) : IEventPublicKeys, IEventSecrecyFacts
{
    /// <inheritdoc/>
    public async Task<ElectionPublicKey?> GetPublicKeyAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await database.KeyCeremonies.GetAsync(eventId, cancellationToken).ConfigureAwait(false) is { Proven: true } ceremony ? ceremony.Record.PublicKey : null;

    /// <inheritdoc/>
    public async Task<bool> KeyCeremonyProvenAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await database.KeyCeremonies.GetAsync(eventId, cancellationToken).ConfigureAwait(false) is { Proven: true };

    /// <inheritdoc/>
    public async Task<bool> CountedAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        await database.Results.GetOpeningAsync(eventId, cancellationToken).ConfigureAwait(false) is not null;
}
