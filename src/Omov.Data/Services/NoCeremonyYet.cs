namespace Omov.Data.Services;

/// <summary>The facts as they stand with no key ceremony storage: never proven, never counted (an event can be scheduled but not opened).</summary>
public sealed class NoCeremonyYet : IEventSecrecyFacts
{
    public static readonly NoCeremonyYet Instance = new();

    public Task<bool> KeyCeremonyProvenAsync(Guid eventId, CancellationToken cancellationToken = default) => Task.FromResult(false);

    public Task<bool> CountedAsync(Guid eventId, CancellationToken cancellationToken = default) => Task.FromResult(false);
}
