using Omov.Data.Voting;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Web.Voting;

/// <summary>The default when the host wires no key store: no event has a sealing key, so the voting pages cast nothing.</summary>
internal sealed class NoEventPublicKeys : IEventPublicKeys
{
    public Task<ElectionPublicKey?> GetPublicKeyAsync(Guid eventId, CancellationToken cancellationToken = default) => Task.FromResult<ElectionPublicKey?>(null);
}
