using Omov.Data;
using Omov.Data.Voting;
using Omov.Delivery.Issuing;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Register;

namespace Omov.Delivery.Reissue;

/// <summary>
/// Makes a new voting code current for a member and hands it to its carrier — the ballot email
/// (built by <see cref="BallotMessages"/>, kind <c>reissue</c>) or the postal reissue queue — in
/// ONE transaction: the old code is never revoked without the new one being on its way, and a
/// member who votes meanwhile keeps their vote (the reissue is refused under the voter's lock).
/// </summary>
public sealed class CredentialReissuer
{
    /// <summary>The outbox kind of a replacement ballot email.</summary>
    public const string EmailKind = "reissue";

    private readonly OmovDatabase _database;
    private readonly ReissueSettings _settings;

    public CredentialReissuer(OmovDatabase database, ReissueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(settings);
        _database = database;
        _settings = settings;
    }

    /// <summary>
    /// Reissues to <paramref name="member"/>'s details on file by <paramref name="channel"/>. The
    /// caller has checked that the member has the email address or postal address the channel needs.
    /// </summary>
    public async Task<ReissueOutcome> ReissueAsync(BallotEvent ballotEvent, Member member, EventVoter voter, ReissueChannel channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(voter);
        var at = _database.Time.GetUtcNow();
        var code = VotingCode.Generate();
        var hash = VotingCodeHash.Compute(ballotEvent.Id.ToString("D"), code);
        var contests = voter.Contests.Select(ballotEvent.Contest).OfType<EventContest>().ToList();
        await using var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var outcome = await _database.Votes.ReissueAsync(connection, transaction, ballotEvent.Id, member.MembershipNumber, hash, at, cancellationToken).ConfigureAwait(false);
        if (outcome != ReissueOutcome.Reissued)
        {
            return outcome;
        }

        if (channel == ReissueChannel.Email)
        {
            var generation = await VotingRepository.CountCodesAsync(connection, transaction, ballotEvent.Id, member.MembershipNumber, cancellationToken).ConfigureAwait(false);
            var message = BallotMessages.Email(ballotEvent, member, code, contests, _settings.VotingPage, _settings.HelpContact, generation, EmailKind);
            await _database.EmailOutbox.EnqueueAsync(connection, transaction, [message], cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _database.Reissues.QueuePostalAsync(connection, transaction, ballotEvent.Id, member.MembershipNumber, code.ToDisplayText(), at, cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return outcome;
    }
}
