namespace Omov.Elections.Tests.Audit;

/// <summary>A clock that can be set backwards (FakeTimeProvider refuses to), as a real one can be.</summary>
internal sealed class SettableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
