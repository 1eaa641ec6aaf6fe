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

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return ReissueOutcome.Reissued;
    }
}
