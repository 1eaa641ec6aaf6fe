using System.Collections.Concurrent;
using Omov.Data.Voting;
using Omov.Elections.Secrecy.Keys;

namespace Omov.Web.Tests.Voting;

/// <summary>The test's stand-in for the key ceremony's storage: the public keys of ceremonies the test ran.</summary>
internal sealed class TestEventKeys : IEventPublicKeys
{
    private readonly ConcurrentDictionary<Guid, ElectionPublicKey> _keys = new();

    public void Add(Guid eventId, ElectionPublicKey key) => _keys[eventId] = key;

    public Task<ElectionPublicKey?> GetPublicKeyAsync(Guid eventId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_keys.GetValueOrDefault(eventId));
}
