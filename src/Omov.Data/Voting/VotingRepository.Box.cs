using System.Globalization;
using System.Runtime.CompilerServices;
using Omov.Data.Engines;

namespace Omov.Data.Voting;

public sealed partial class VotingRepository
{
    /// <summary>
    /// The event's sealed ballots, in the order of their random ids (never the order they
    /// arrived), streamed: for the opening after the close.
    /// </summary>
    public async IAsyncEnumerable<byte[]> ReadSealedAsync(Guid eventId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT sealed FROM ballot_box WHERE event_id = @event ORDER BY id");
        Dialect.Add(select, "@event", EventText(eventId));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetFieldValue<byte[]>(0);
        }
    }

    /// <summary>Every tracking code in the event's box, sorted (the public bulletin board).</summary>
    public async IAsyncEnumerable<string> ReadTrackingCodesAsync(Guid eventId, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT tracking_code FROM ballot_box WHERE event_id = @event ORDER BY tracking_code");
        Dialect.Add(select, "@event", EventText(eventId));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetString(0);
        }
    }

    /// <summary>Whether a ballot with <paramref name="trackingCode"/> is in the event's box.</summary>
    public async Task<bool> HasTrackingCodeAsync(Guid eventId, string trackingCode, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT 1 FROM ballot_box WHERE event_id = @event AND tracking_code = @code");
        Dialect.Add(select, "@event", EventText(eventId));
        Dialect.Add(select, "@code", trackingCode);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
    }

    /// <summary>The event's turnout: voters, votes by channel, ballots in the box, codes reissued.</summary>
    public async Task<TurnoutFigures> ReadTurnoutAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT (SELECT COUNT(*) FROM event_voters WHERE event_id = @event), "
            + "(SELECT COUNT(*) FROM event_voters WHERE event_id = @event AND voted = 'web'), "
            + "(SELECT COUNT(*) FROM event_voters WHERE event_id = @event AND voted = 'post'), "
            + "(SELECT COUNT(*) FROM ballot_box WHERE event_id = @event), "
            + "(SELECT COUNT(*) FROM voting_credentials WHERE event_id = @event AND revoked_reason = 'reissued')");
        Dialect.Add(select, "@event", EventText(eventId));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        long At(int i) => Convert.ToInt64(reader.GetValue(i), CultureInfo.InvariantCulture);
        return new TurnoutFigures(At(0), At(1), At(2), At(3), At(4));
    }
}
