namespace Omov.Delivery.Reissue;

/// <summary>
/// What came of a self-service request. The page shows only <see cref="WindowClosed"/> (which is
/// about the event, not the member); <see cref="Outcome"/> is for the stored request record and the
/// tests, and must never reach the person who asked.
/// </summary>
public sealed record SelfServiceResult(bool WindowClosed, SelfServiceOutcome Outcome);
