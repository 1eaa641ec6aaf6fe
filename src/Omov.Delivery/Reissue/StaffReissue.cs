using System.Globalization;
using Omov.Data;
using Omov.Data.Voting;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Reissue;

namespace Omov.Delivery.Reissue;

/// <summary>
/// A reissue by a returning officer, administrator or local officer for a member on the phone
/// (docs/reissue.md): a reason is required, the channel is chosen among the details on file, it is
/// refused once the member has voted (and says so: staff may know), and it is audited as
/// <see cref="AuditActions.BallotReissued"/> with the reason.
/// </summary>
public sealed class StaffReissue
{
    /// <summary>Longest reason kept in the audit entry.</summary>
    public const int MaxReasonLength = 300;

    private readonly OmovDatabase _database;
    private readonly CredentialReissuer _reissuer;

    public StaffReissue(OmovDatabase database, ReissueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _reissuer = new CredentialReissuer(database, settings);
    }

    /// <summary>Reissues the code of <paramref name="membershipNumber"/> by <paramref name="channel"/>, audited under <paramref name="actor"/>.</summary>
    public async Task<StaffReissueResult> ReissueAsync(BallotEvent ballotEvent, string membershipNumber, ReissueChannel channel, string? reason, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(membershipNumber);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var why = reason?.Trim() ?? string.Empty;
        if (why.Length == 0)
        {
            return Fail(StaffReissueOutcome.ReasonMissing, "Give a reason for the reissue (e.g. \"ballot email not received, confirmed identity by phone\").");
        }

        if (why.Length > MaxReasonLength)
        {
            why = why[..MaxReasonLength];
        }

        var number = membershipNumber.Trim();
        var member = await _database.Members.GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            return Fail(StaffReissueOutcome.NoSuchMember, $"There is no member {number}.");
        }

        var voter = await _database.Votes.GetVoterAsync(ballotEvent.Id, number, cancellationToken).ConfigureAwait(false);
        if (voter is null)
        {
            return Fail(StaffReissueOutcome.NotAVoter, $"Member {number} has no ballot in {ballotEvent.Title}.");
        }

        if (voter.HasVoted)
        {
            return AlreadyVoted(number);
        }

        var window = ReissueWindow.ForStaff(ballotEvent, _database.Time.GetUtcNow());
        if (channel == ReissueChannel.Email ? !window.Email : !window.Post)
        {
            return Fail(StaffReissueOutcome.WindowClosed, channel == ReissueChannel.Email
                ? "Email reissues are closed for this event."
                : "Postal reissues are closed for this event." + (window.Email ? " An email reissue is still possible." : string.Empty));
        }

        if (channel == ReissueChannel.Email && string.IsNullOrWhiteSpace(member.Email))
        {
            return Fail(StaffReissueOutcome.NoEmailOnFile, $"Member {number} has no email address on file; update the register or reissue by post.");
        }

        if (channel == ReissueChannel.Post && member.Address is null)
        {
            return Fail(StaffReissueOutcome.NoAddressOnFile, $"Member {number} has no postal address on file; update the register or reissue by email.");
        }

        var outcome = await _reissuer.ReissueAsync(ballotEvent, member, voter, channel, cancellationToken).ConfigureAwait(false);
        switch (outcome)
        {
            case ReissueOutcome.AlreadyVoted:
                return AlreadyVoted(number);
            case ReissueOutcome.NotAVoter:
                return Fail(StaffReissueOutcome.NotAVoter, $"Member {number} has no ballot in {ballotEvent.Title}.");
        }

        var channelText = channel == ReissueChannel.Email ? "email" : "post";
        await _database.AuditLog.AppendAsync(actor, AuditActions.BallotReissued, number, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["event"] = ballotEvent.Code,
            ["channel"] = channelText,
            ["reason"] = why,
        }, cancellationToken).ConfigureAwait(false);
        return new StaffReissueResult(StaffReissueOutcome.Reissued, string.Create(CultureInfo.InvariantCulture,
            $"A new voting code for member {number} is on its way by {channelText} to the {(channel == ReissueChannel.Email ? "email address" : "postal address")} on file; the old code no longer works."));
    }

    private static StaffReissueResult AlreadyVoted(string number) =>
        Fail(StaffReissueOutcome.AlreadyVoted, $"Member {number} has already voted. Their vote stands and cannot be changed, so no new code can be issued.");

    private static StaffReissueResult Fail(StaffReissueOutcome outcome, string message) => new(outcome, message);
}
