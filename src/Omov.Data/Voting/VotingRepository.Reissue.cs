using System.Data.Common;

namespace Omov.Data.Voting;

public sealed partial class VotingRepository
{
    /// <summary>
    /// Revokes the member's current voting codes and makes the code hashing to
    /// <paramref name="newCodeHash"/> current, in one transaction; refused once they have voted.
    /// </summary>
    public async Task<ReissueOutcome> ReissueAsync(Guid eventId, string membershipNumber, byte[] newCodeHash, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(newCodeHash);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var outcome = await ReissueAsync(connection, transaction, eventId, membershipNumber, newCodeHash, at, cancellationToken).ConfigureAwait(false);
        if (outcome == ReissueOutcome.Reissued)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }

        return outcome;
    }

    /// <summary>
    /// <see cref="ReissueAsync(Guid, string, byte[], DateTimeOffset, CancellationToken)"/> inside
    /// the caller's write transaction, so the new code and the email or postal pack that carries it
    /// commit together. The caller commits only on <see cref="ReissueOutcome.Reissued"/>.
    /// </summary>
    public async Task<ReissueOutcome> ReissueAsync(DbConnection connection, DbTransaction transaction, Guid eventId, string membershipNumber, byte[] newCodeHash, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(newCodeHash);
        switch (await LockVoterAsync(connection, transaction, eventId, membershipNumber, cancellationToken).ConfigureAwait(false))
        {
            case null:
                return ReissueOutcome.NotAVoter;
            case true:
                return ReissueOutcome.AlreadyVoted;
        }

        await RevokeCodesAsync(connection, transaction, eventId, membershipNumber, "reissued", at, cancellationToken).ConfigureAwait(false);
        await using (var insert = Engines.Dialect.Command(connection, transaction,
            "INSERT INTO voting_credentials (code_hash, event_id, membership_number, issued_at) VALUES (@hash, @event, @member, @at)"))
        {
            Engines.Dialect.Add(insert, "@hash", newCodeHash);
            Engines.Dialect.Add(insert, "@event", EventText(eventId));
            Engines.Dialect.Add(insert, "@member", membershipNumber);
            Engines.Dialect.Add(insert, "@at", _dialect.Instant(at));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        return ReissueOutcome.Reissued;
    }

    /// <summary>
    /// How many voting codes the member has held in the event, revoked ones included: the current
    /// code's generation (1 for the first, 2 after one reissue…), which keys its email.
    /// </summary>
    public static async Task<int> CountCodesAsync(DbConnection connection, DbTransaction? transaction, Guid eventId, string membershipNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var select = Engines.Dialect.Command(connection, transaction,
            "SELECT COUNT(*) FROM voting_credentials WHERE event_id = @event AND membership_number = @member");
        Engines.Dialect.Add(select, "@event", EventText(eventId));
        Engines.Dialect.Add(select, "@member", membershipNumber);
        return Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// The members of the event who have not voted, whose ballot went by email and who still have
    /// an email address on file: the recipients of a reminder. One page in membership-number
    /// order after <paramref name="after"/> (null: from the start), so a 600,000-voter event is
    /// read a page at a time and no read stays open while the outbox is written.
    /// </summary>
    public async Task<IReadOnlyList<ReminderRecipient>> ListReminderRecipientsAsync(Guid eventId, string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var page = new List<ReminderRecipient>(Math.Min(limit, 10_000));
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Engines.Dialect.Command(connection, null,
            "SELECT v.membership_number, m.first_name, m.email FROM event_voters v JOIN members m ON m.membership_number = v.membership_number "
            + "WHERE v.event_id = @event AND v.membership_number > @after AND v.voted IS NULL AND v.channel = 'email' AND m.email IS NOT NULL AND m.email <> '' "
            + "ORDER BY v.membership_number LIMIT @limit");
        Engines.Dialect.Add(select, "@event", EventText(eventId));
        Engines.Dialect.Add(select, "@after", after ?? string.Empty);
        Engines.Dialect.Add(select, "@limit", limit);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            page.Add(new ReminderRecipient(reader.GetString(0), reader.GetString(1), reader.GetString(2).Trim()));
        }

        return page;
    }
}
