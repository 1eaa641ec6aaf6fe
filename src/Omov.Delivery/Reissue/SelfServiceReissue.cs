using Omov.Data;
using Omov.Data.Voting;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Register;
using Omov.Elections.Reissue;

namespace Omov.Delivery.Reissue;

/// <summary>
/// The self-service reissue (docs/reissue.md). Whatever the details and whoever the member, the
/// answer is the same: the only difference a requester can see is whether the event's reissue
/// window is open. A new code goes only to the contact details on file.
/// </summary>
public sealed class SelfServiceReissue
{
    /// <summary>Longest membership number looked up; anything longer is answered without a lookup.</summary>
    public const int MaxNumberLength = 32;

    private readonly OmovDatabase _database;
    private readonly ReissueSettings _settings;
    private readonly CredentialReissuer _reissuer;

    public SelfServiceReissue(OmovDatabase database, ReissueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(settings);
        _database = database;
        _settings = settings;
        _reissuer = new CredentialReissuer(database, settings);
    }

    /// <summary>Handles one request.</summary>
    public async Task<SelfServiceResult> RequestAsync(BallotEvent ballotEvent, SelfServiceRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(request);
        var now = _database.Time.GetUtcNow();
        var window = ReissueWindow.ForMember(ballotEvent, now);
        if (!window.Any)
        {
            return new SelfServiceResult(true, SelfServiceOutcome.Closed);
        }

        var number = (request.MembershipNumber ?? string.Empty).Trim();
        var outcome = SelfServiceOutcome.NothingSent;
        if (number.Length is > 0 and <= MaxNumberLength)
        {
            var recorded = await _database.Reissues.RecordRequestAsync(ballotEvent.Id, number, now, _settings.RequestWindow, cancellationToken).ConfigureAwait(false);
            if (recorded.CountInWindow <= _settings.RequestsPerNumber)
            {
                outcome = await TryReissueAsync(ballotEvent, number, request, window, cancellationToken).ConfigureAwait(false);
            }

            await _database.Reissues.SetOutcomeAsync(recorded.Id, OutcomeText(outcome), cancellationToken).ConfigureAwait(false);
        }

        // No number and no outcome: next to the entry's time, either would tell the requester
        // (who can read the published log) whether that member has voted.
        await _database.AuditLog.AppendAsync(AuditActors.System, AuditActions.ReissueRequested, ballotEvent.Code, null, cancellationToken).ConfigureAwait(false);
        return new SelfServiceResult(false, outcome);
    }

    /// <summary>Whether what was typed matches the member's details on file: the email, or the postcode and date of birth.</summary>
    public static bool Matches(Member member, SelfServiceRequest request)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(request);
        var typedEmail = request.Email?.Trim();
        if (!string.IsNullOrEmpty(typedEmail) && !string.IsNullOrWhiteSpace(member.Email)
            && string.Equals(typedEmail, member.Email.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var typedPostcode = Postcode(request.Postcode);
        return typedPostcode.Length > 0 && request.DateOfBirth is { } born
            && member.Address is { } address && member.DateOfBirth == born
            && string.Equals(typedPostcode, Postcode(address.Postcode), StringComparison.Ordinal);
    }

    /// <summary>
    /// Where a member's replacement goes when they ask: by email if their ballot went by email (an
    /// individual address, as the roll decided) and the email window is open; otherwise by post to
    /// the address on file while the postal window is open; otherwise nowhere.
    /// </summary>
    public static ReissueChannel? ChannelFor(Member member, EventVoter voter, ReissueWindow window)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(voter);
        ArgumentNullException.ThrowIfNull(window);
        if (voter.Channel == Elections.Rolls.DeliveryChannel.Email && !string.IsNullOrWhiteSpace(member.Email) && window.Email)
        {
            return ReissueChannel.Email;
        }

        return member.Address is not null && window.Post ? ReissueChannel.Post : null;
    }

    private async Task<SelfServiceOutcome> TryReissueAsync(BallotEvent ballotEvent, string number, SelfServiceRequest request, ReissueWindow window, CancellationToken cancellationToken)
    {
        var member = await _database.Members.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (member is null || !Matches(member, request))
        {
            return SelfServiceOutcome.NothingSent;
        }

        var voter = await _database.Votes.GetVoterAsync(ballotEvent.Id, number, cancellationToken).ConfigureAwait(false);
        if (voter is null || voter.HasVoted || ChannelFor(member, voter, window) is not { } channel)
        {
            return SelfServiceOutcome.NothingSent;
        }

        var done = await _reissuer.ReissueAsync(ballotEvent, member, voter, channel, cancellationToken).ConfigureAwait(false);
        if (done != ReissueOutcome.Reissued)
        {
            return SelfServiceOutcome.NothingSent;
        }

        return channel == ReissueChannel.Email ? SelfServiceOutcome.SentByEmail : SelfServiceOutcome.SentByPost;
    }

    private static string OutcomeText(SelfServiceOutcome outcome) => outcome switch
    {
        SelfServiceOutcome.SentByEmail => "email",
        SelfServiceOutcome.SentByPost => "post",
        _ => "none",
    };

    private static string Postcode(string? text) =>
        new string((text ?? string.Empty).Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
}
