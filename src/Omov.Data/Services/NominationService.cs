using System.Globalization;
using Omov.Data.Nominations;
using Omov.Elections.Audit;
using Omov.Elections.Nominations;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Services;

/// <summary>
/// Supporting nominations, checked and audited: what <c>omov nominations</c> and the web's nomination
/// pages both call. <c>actor</c> is who is acting (a staff username, or <c>cli:</c> and the operating-system user).
/// </summary>
public sealed partial class NominationService
{
    private readonly OmovDatabase _database;

    public NominationService(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>
    /// Sets a stored contest's nomination period from local times in <paramref name="timeZone"/> (stored as UTC),
    /// with its thresholds; audited as <c>nomination.period-set</c>.
    /// </summary>
    public async Task<ServiceResult<NominationPeriod>> SetPeriodAsync(string contestCode, DateTime opensLocal, DateTime closesLocal, string timeZone, NominationThresholds thresholds, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contestCode);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (await _database.Contests.GetAsync(contestCode, cancellationToken).ConfigureAwait(false) is null)
        {
            return ServiceResult.Fail<NominationPeriod>(ServiceFailure.NotFound, $"no contest has the code '{contestCode}' (see 'omov contest list')");
        }

        if (ZoneTime.Find(timeZone) is not { } zone)
        {
            return ServiceResult.Fail<NominationPeriod>(ServiceFailure.Invalid, $"unknown time zone '{timeZone}' (use an IANA id such as Europe/London)");
        }

        if (NominationThresholdsValidator.Validate(thresholds) is { Count: > 0 } errors)
        {
            return ServiceResult.Fail<NominationPeriod>(ServiceFailure.Invalid, $"the thresholds are not valid: {errors[0]}");
        }

        var period = new NominationPeriod
        {
            ContestCode = contestCode,
            OpensAt = new DateTimeOffset(ZoneTime.ToUtc(opensLocal, zone), TimeSpan.Zero),
            ClosesAt = new DateTimeOffset(ZoneTime.ToUtc(closesLocal, zone), TimeSpan.Zero),
            TimeZone = timeZone,
            Thresholds = thresholds,
        };
        if (period.ClosesAt <= period.OpensAt)
        {
            return ServiceResult.Fail<NominationPeriod>(ServiceFailure.Invalid, "nominations must close after they open");
        }

        await _database.Nominations.SetPeriodAsync(period, _database.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await _database.AuditLog.AppendAsync(actor, AuditActions.NominationPeriodSet, contestCode, new Dictionary<string, string>
        {
            ["opensAt"] = period.OpensAt.ToString("O", CultureInfo.InvariantCulture),
            ["closesAt"] = period.ClosesAt.ToString("O", CultureInfo.InvariantCulture),
            ["thresholds"] = thresholds.Id,
            ["thresholdsVersion"] = thresholds.Version.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(period);
    }

    /// <summary>Adds a candidate (who must be in the register) to a contest with a period; audited as <c>nomination.candidate-added</c>.</summary>
    public async Task<ServiceResult<NominationCandidate>> AddCandidateAsync(string contestCode, NominationCandidate candidate, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (await _database.Nominations.GetPeriodAsync(contestCode, cancellationToken).ConfigureAwait(false) is null)
        {
            return ServiceResult.Fail<NominationCandidate>(ServiceFailure.NotFound, $"{contestCode} has no nomination period; set one first");
        }

        if (!ContestService.IsValidCode(candidate.Code))
        {
            return ServiceResult.Fail<NominationCandidate>(ServiceFailure.Invalid, $"the candidate code '{candidate.Code}' is not valid: use 1 to 64 letters, digits, '-', '_' or '.'");
        }

        if (string.IsNullOrWhiteSpace(candidate.Name) || candidate.Name.Length > 200 || candidate.Name.Any(char.IsControl))
        {
            return ServiceResult.Fail<NominationCandidate>(ServiceFailure.Invalid, "the candidate's name must be 1 to 200 characters on one line");
        }

        if (await _database.Members.GetAsync(candidate.MembershipNumber, cancellationToken).ConfigureAwait(false) is null)
        {
            return ServiceResult.Fail<NominationCandidate>(ServiceFailure.NotFound, $"no member has the membership number {candidate.MembershipNumber}");
        }

        if (!await _database.Nominations.AddCandidateAsync(contestCode, candidate, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<NominationCandidate>(ServiceFailure.Conflict, $"{contestCode} already has a candidate with the code '{candidate.Code}'");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.NominationCandidateAdded, contestCode, new Dictionary<string, string>
        {
            ["candidate"] = candidate.Code,
            ["membershipNumber"] = candidate.MembershipNumber,
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(candidate);
    }

    /// <summary>Adds or changes an affiliate that may nominate; audited as <c>nomination.body-changed</c>.</summary>
    public async Task<ServiceResult<Affiliate>> SetAffiliateAsync(Affiliate affiliate, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(affiliate);
        if (!ContestService.IsValidCode(affiliate.Code) || string.IsNullOrWhiteSpace(affiliate.Name) || affiliate.AffiliatedMembership < 0)
        {
            return ServiceResult.Fail<Affiliate>(ServiceFailure.Invalid, "an affiliate needs a code (letters, digits, '-', '_' or '.'), a name and an affiliated membership of 0 or more");
        }

        await _database.Nominations.SetAffiliateAsync(affiliate, cancellationToken).ConfigureAwait(false);
        await AuditBodyAsync(actor, affiliate.Code, NominatingBodyKind.Affiliate, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(affiliate);
    }

    /// <summary>Adds or changes an elected member (MP/MEP) who may nominate; audited as <c>nomination.body-changed</c>.</summary>
    public async Task<ServiceResult<ElectedMember>> SetElectedMemberAsync(ElectedMember member, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(member);
        if (!ContestService.IsValidCode(member.Code) || string.IsNullOrWhiteSpace(member.Name))
        {
            return ServiceResult.Fail<ElectedMember>(ServiceFailure.Invalid, "an elected member needs a code (letters, digits, '-', '_' or '.') and a name");
        }

        await _database.Nominations.SetElectedMemberAsync(member, cancellationToken).ConfigureAwait(false);
        await AuditBodyAsync(actor, member.Code, NominatingBodyKind.ElectedMember, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(member);
    }

    private Task<AuditEntry> AuditBodyAsync(string actor, string code, NominatingBodyKind kind, CancellationToken cancellationToken) =>
        _database.AuditLog.AppendAsync(actor, AuditActions.NominatingBodyChanged, code, new Dictionary<string, string> { ["kind"] = kind.ToString() }, cancellationToken);

    private async Task<IReadOnlyList<OrganisationUnit>> LocalPartiesAsync(CancellationToken cancellationToken) =>
        [.. (await _database.Units.ListAsync(cancellationToken).ConfigureAwait(false)).Where(u => u.Kind == OrganisationUnitKind.LocalParty)];
}
