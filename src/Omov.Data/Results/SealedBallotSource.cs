namespace Omov.Data.Results;

/// <summary>
/// Streams the sealed ballots in an event's box, as stored bytes (no voter, no time). The ballot
/// box repository provides it; tests seal their own ballots.
/// </summary>
/// <param name="eventId">The event.</param>
/// <param name="cancellationToken">Stops the stream.</param>
public delegate IAsyncEnumerable<byte[]> SealedBallotSource(Guid eventId, CancellationToken cancellationToken);
