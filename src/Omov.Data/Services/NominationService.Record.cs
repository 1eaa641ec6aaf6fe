using Omov.Data.Nominations;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Nominations;
using Omov.Elections.Register;
using Omov.Elections.Staff;

namespace Omov.Data.Services;

/// <summary>Recording and withdrawing nominations: every refusal is audited as <c>nomination.refused</c> with its reason.</summary>
public sealed partial class NominationService
{
    /// <summary>
    /// Records a nomination, or refuses it: no period, outside the period, not the officer's body, an
    /// unknown body or candidate, an ineligible candidate, a body that already nominated. With
    /// <paramref name="account"/> (a staff member on the web), the account must be allowed to record
    /// that body's nomination (<see cref="NominationAccess"/>); without it (the CLI) the operator is trusted.
    /// </summary>
    public async Task<ServiceResult<Nomination>> RecordAsync(NominationRequest request, string actor, StaffAccount? account = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var now = _database.Time.GetUtcNow();
        var period = await _database.Nominations.GetPeriodAsync(request.ContestCode, cancellationToken).ConfigureAwait(false);
        var refusal = period is null
            ? new NominationRefusal(NominationRefusalKind.NoPeriod, $"{request.ContestCode} takes no nominations (it has no nomination period).")
            : await CheckAsync(period, request, account, now, cancellationToken).ConfigureAwait(false);
        if (refusal is not null)
        {
            return await RefuseAsync(request, actor, refusal, cancellationToken).ConfigureAwait(false);
        }

        var nomination = new Nomination
        {
            Id = 0,
            ContestCode = request.ContestCode,
            BodyKind = request.BodyKind,
            BodyCode = request.BodyCode,
            CandidateCode = request.CandidateCode,
            Decision = request.Decision.Trim(),
            RecordedBy = actor,
            RecordedAt = now,
        };
        var stored = await _database.Nominations.RecordAsync(nomination, standing => NominationChecks.PerBody(period!, request.BodyKind, request.BodyCode, request.CandidateCode, standing), cancellationToken).ConfigureAwait(false);
        if (stored.Refusal is not null)
        {
            return await RefuseAsync(request, actor, stored.Refusal, cancellationToken).ConfigureAwait(false);
        }

        var recorded = stored.Recorded!;
        await _database.AuditLog.AppendAsync(actor, AuditActions.NominationRecorded, request.ContestCode, Details(request, ("nomination", recorded.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))), cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(recorded);
    }

    /// <summary>Withdraws a standing nomination (the body changed its mind, or it was recorded in error); audited as <c>nomination.withdrawn</c>.</summary>
    public async Task<ServiceResult<Nomination>> WithdrawAsync(long id, string reason, string actor, StaffAccount? account = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var existing = await _database.Nominations.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (existing is null || !existing.IsStanding)
        {
            return ServiceResult.Fail<Nomination>(ServiceFailure.NotFound, $"no standing nomination has the id {id}");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            return ServiceResult.Fail<Nomination>(ServiceFailure.Invalid, "say why the nomination is withdrawn");
        }

        if (account is not null && NominationAccess.Check(account, existing.BodyKind, existing.BodyCode) is { } refused)
        {
            return ServiceResult.Fail<Nomination>(ServiceFailure.Refused, refused.Message);
        }

        var withdrawn = await _database.Nominations.WithdrawAsync(id, actor, _database.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        if (withdrawn is null)
        {
            return ServiceResult.Fail<Nomination>(ServiceFailure.Conflict, $"nomination {id} was withdrawn by someone else meanwhile");
        }

        var request = new NominationRequest(withdrawn.ContestCode, withdrawn.BodyKind, withdrawn.BodyCode, withdrawn.CandidateCode, withdrawn.Decision);
        await _database.AuditLog.AppendAsync(actor, AuditActions.NominationWithdrawn, withdrawn.ContestCode, Details(request, ("nomination", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("reason", reason.Trim())), cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(withdrawn);
    }

    private async Task<NominationRefusal?> CheckAsync(NominationPeriod period, NominationRequest request, StaffAccount? account, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.Decision) || request.Decision.Length > 500)
        {
            return new NominationRefusal(NominationRefusalKind.Invalid, "Say which meeting or decision the nomination came from (at most 500 characters).");
        }

        if (account is not null && NominationAccess.Check(account, request.BodyKind, request.BodyCode) is { } denied)
        {
            return denied;
        }

        if (NominationChecks.Timing(period, now) is { } late)
        {
            return late;
        }

        if (!await BodyExistsAsync(request.BodyKind, request.BodyCode, cancellationToken).ConfigureAwait(false))
        {
            return new NominationRefusal(NominationRefusalKind.UnknownBody, $"No {NominationChecks.Body(request.BodyKind).ToLowerInvariant()} has the code '{request.BodyCode}'.");
        }

        var candidates = await _database.Nominations.ListCandidatesAsync(request.ContestCode, cancellationToken).ConfigureAwait(false);
        var candidate = candidates.FirstOrDefault(c => string.Equals(c.Code, request.CandidateCode, StringComparison.Ordinal));
        if (candidate is null)
        {
            return new NominationRefusal(NominationRefusalKind.UnknownCandidate, $"{request.ContestCode} has no candidate '{request.CandidateCode}'.");
        }

        var member = await _database.Members.GetAsync(candidate.MembershipNumber, cancellationToken).ConfigureAwait(false);
        if (member is null)
        {
            return new NominationRefusal(NominationRefusalKind.CandidateNotEligible, $"Candidate {candidate.Code} (membership number {candidate.MembershipNumber}) is no longer in the register.");
        }

        var tree = new OrganisationTree(await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false));
        var decision = CandidateEligibility.Decide(period, member, tree);
        return decision.IsEligible
            ? null
            : new NominationRefusal(NominationRefusalKind.CandidateNotEligible, $"Candidate {candidate.Code} may not stand: {decision.Summary}.");
    }

    private async Task<bool> BodyExistsAsync(NominatingBodyKind kind, string code, CancellationToken cancellationToken) => kind switch
    {
        NominatingBodyKind.LocalParty => await _database.Units.GetAsync(code, cancellationToken).ConfigureAwait(false) is { Kind: OrganisationUnitKind.LocalParty },
        NominatingBodyKind.Affiliate => (await _database.Nominations.ListAffiliatesAsync(cancellationToken).ConfigureAwait(false)).Any(a => a.Code == code),
        _ => (await _database.Nominations.ListElectedMembersAsync(cancellationToken).ConfigureAwait(false)).Any(m => m.Code == code),
    };

    private async Task<ServiceResult<Nomination>> RefuseAsync(NominationRequest request, string actor, NominationRefusal refusal, CancellationToken cancellationToken)
    {
        await _database.AuditLog.AppendAsync(actor, AuditActions.NominationRefused, request.ContestCode, Details(request, ("reason", refusal.Kind.ToString())), cancellationToken).ConfigureAwait(false);
        var failure = refusal.Kind switch
        {
            NominationRefusalKind.OtherLocalParty or NominationRefusalKind.NotPermitted => ServiceFailure.Refused,
            NominationRefusalKind.NoPeriod or NominationRefusalKind.UnknownBody or NominationRefusalKind.UnknownCandidate => ServiceFailure.NotFound,
            NominationRefusalKind.Invalid => ServiceFailure.Invalid,
            _ => ServiceFailure.Conflict,
        };
        return ServiceResult.Fail<Nomination>(failure, refusal.Message);
    }

    private static Dictionary<string, string> Details(NominationRequest request, params (string Key, string Value)[] more)
    {
        var details = new Dictionary<string, string>
        {
            ["bodyKind"] = request.BodyKind.ToString(),
            ["body"] = request.BodyCode,
            ["candidate"] = request.CandidateCode,
        };
        foreach (var (key, value) in more)
        {
            details[key] = value;
        }

        return details;
    }
}
