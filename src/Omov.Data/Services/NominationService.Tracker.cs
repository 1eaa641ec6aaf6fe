using Omov.Data.Nominations;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Nominations;

namespace Omov.Data.Services;

/// <summary>The live tracker, and sending the qualified candidates to a draft ballot event's contest.</summary>
public sealed partial class NominationService
{
    /// <summary>Where the contest's nominations stand, candidate by candidate.</summary>
    public async Task<ServiceResult<NominationTracker>> TrackerAsync(string contestCode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contestCode);
        var period = await _database.Nominations.GetPeriodAsync(contestCode, cancellationToken).ConfigureAwait(false);
        if (period is null)
        {
            return ServiceResult.Fail<NominationTracker>(ServiceFailure.NotFound, $"{contestCode} takes no nominations (it has no nomination period)");
        }

        var affiliates = (await _database.Nominations.ListAffiliatesAsync(cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Code, StringComparer.Ordinal);
        var elected = await _database.Nominations.ListElectedMembersAsync(cancellationToken).ConfigureAwait(false);
        var localParties = await LocalPartiesAsync(cancellationToken).ConfigureAwait(false);
        var totals = new NominatingTotals(elected.Count, localParties.Count, affiliates.Values.Sum(a => a.AffiliatedMembership));
        var nominations = await _database.Nominations.ListAsync(contestCode, cancellationToken: cancellationToken).ConfigureAwait(false);
        var candidates = await _database.Nominations.ListCandidatesAsync(contestCode, cancellationToken).ConfigureAwait(false);
        var rows = candidates.Select(candidate =>
        {
            var own = nominations.Where(n => n.CandidateCode == candidate.Code).ToList();
            var byAffiliates = own.Where(n => n.BodyKind == NominatingBodyKind.Affiliate).Select(n => affiliates.GetValueOrDefault(n.BodyCode)).OfType<Affiliate>().ToList();
            var tally = new CandidateTally(
                own.Count(n => n.BodyKind == NominatingBodyKind.ElectedMember),
                own.Count(n => n.BodyKind == NominatingBodyKind.LocalParty),
                byAffiliates.Count,
                byAffiliates.Count(a => a.Kind == AffiliateKind.TradeUnion),
                byAffiliates.Sum(a => a.AffiliatedMembership));
            return new TrackerRow(candidate, tally, ThresholdEvaluator.Evaluate(period.Thresholds, totals, tally));
        }).ToList();
        return ServiceResult.Ok(new NominationTracker(period, totals, ThresholdEvaluator.Describe(period.Thresholds, totals), rows, nominations));
    }

    /// <summary>
    /// Puts the contest's qualified candidates (with their statements and groups, in the order they were
    /// added) into <paramref name="eventContestCode"/> of the DRAFT ballot event <paramref name="eventCode"/>,
    /// replacing the candidates it had; audited as <c>nomination.sent-to-event</c>.
    /// </summary>
    public async Task<ServiceResult<BallotEvent>> SendQualifiedAsync(string contestCode, string eventCode, string eventContestCode, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var tracker = await TrackerAsync(contestCode, cancellationToken).ConfigureAwait(false);
        if (!tracker.Success)
        {
            return ServiceResult.Fail<BallotEvent>(tracker.Failure.Value, tracker.Error);
        }

        var ballotEvent = await _database.BallotEvents.GetAsync(eventCode, cancellationToken).ConfigureAwait(false);
        if (ballotEvent is null)
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.NotFound, $"no ballot event has the code '{eventCode}'");
        }

        if (ballotEvent.Status != BallotEventStatus.Draft)
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.Conflict, $"{eventCode} is {ballotEvent.Status.ToString().ToLowerInvariant()}, not a draft: its candidates can no longer change");
        }

        if (ballotEvent.Contest(eventContestCode) is not { } target)
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.NotFound, $"{eventCode} has no contest '{eventContestCode}' (it has {string.Join(", ", ballotEvent.Contests.Select(c => c.Code))})");
        }

        var qualified = tracker.Value.Rows.Where(r => r.Qualified).Select(r => r.Candidate).ToList();
        if (qualified.Count == 0)
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.Conflict, $"no candidate in {contestCode} has qualified yet");
        }

        var filled = target with { Candidates = [.. qualified.Select((c, i) => new EventCandidate(i + 1, c.Name, c.Statement, c.Groups))] };
        var updated = ballotEvent with { Contests = [.. ballotEvent.Contests.Select(c => c.Code == eventContestCode ? filled : c)] };
        if (!await _database.BallotEvents.UpdateDraftAsync(updated, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.Conflict, $"{eventCode} stopped being a draft meanwhile");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.NominationsSentToEvent, eventCode, new Dictionary<string, string>
        {
            ["contest"] = contestCode,
            ["eventContest"] = eventContestCode,
            ["candidates"] = string.Join(",", qualified.Select(c => c.Code)),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(updated);
    }
}
