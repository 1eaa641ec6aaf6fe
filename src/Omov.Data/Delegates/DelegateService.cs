using System.Globalization;
using Omov.Counting.Reports;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Delegates;

namespace Omov.Data.Delegates;

/// <summary>
/// Conference delegates, checked and audited: what <c>omov delegates</c> and the web's delegate
/// pages both call. <c>actor</c> is who is acting (a staff username, or <c>cli:</c> and the user).
/// </summary>
public sealed class DelegateService
{
    private readonly OmovDatabase _database;

    public DelegateService(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>
    /// Counts every local party's members on <paramref name="on"/>, works out its delegates for
    /// conference <paramref name="year"/> (the single-delegate rule reads the party's delegate
    /// election of the year before) and stores the table; audited as <c>delegates.entitlement.calculated</c>.
    /// </summary>
    public async Task<ServiceResult<EntitlementSnapshot>> CalculateAsync(DelegateRules rules, DateOnly on, int year, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (DelegateRulesValidator.Validate(rules) is { Count: > 0 } errors)
        {
            return ServiceResult.Fail<EntitlementSnapshot>(ServiceFailure.Invalid, $"the delegate rules are not valid: {errors[0]}");
        }

        if (year is < 1900 or > 9999)
        {
            return ServiceResult.Fail<EntitlementSnapshot>(ServiceFailure.Invalid, $"the conference year must be between 1900 and 9999, not {year}");
        }

        var counts = await _database.Delegates.CountByLocalPartyAsync(rules, on, cancellationToken).ConfigureAwait(false);
        var sole = await _database.Delegates.SoleDelegatesAsync(year - 1, cancellationToken).ConfigureAwait(false);
        var parties = counts.Select(c => EntitlementCalculator.Calculate(rules, c, sole.GetValueOrDefault(c.Code))).ToList();
        var snapshot = await _database.Delegates.AddSnapshotAsync(new EntitlementSnapshot(0, year, on, rules.Id, rules.Version, DelegateRulesJson.Serialize(rules),
            _database.Time.GetUtcNow(), actor, parties), cancellationToken).ConfigureAwait(false);
        await _database.AuditLog.AppendAsync(actor, AuditActions.DelegatesEntitlementCalculated, Text(year), new Dictionary<string, string>
        {
            ["snapshot"] = Text(snapshot.Id),
            ["countDate"] = on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["rules"] = rules.Id,
            ["rulesVersion"] = Text(rules.Version),
            ["localParties"] = Text(parties.Count),
            ["delegates"] = Text(parties.Sum(p => p.Total)),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(snapshot);
    }

    /// <summary>
    /// Counts a local party's delegate election from paper ballots typed in (see <see cref="DelegateBallotText"/>)
    /// against its entitlement in the latest table for <paramref name="year"/>, the gender and youth places
    /// enforced in the count, and stores the elected delegates; audited as <c>delegates.elected</c>
    /// (membership numbers only).
    /// </summary>
    public async Task<ServiceResult<DelegateElectionRecord>> CountElectionAsync(string localPartyCode, int year, IReadOnlyList<DelegateCandidate> candidates, string ballots, int seats, string method, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(localPartyCode);
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(method);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var snapshot = await _database.Delegates.GetLatestSnapshotAsync(year, cancellationToken).ConfigureAwait(false);
        if (snapshot is null)
        {
            return Fail(ServiceFailure.NotFound, $"there is no entitlement table for {year}: calculate it first");
        }

        if (snapshot.Parties.FirstOrDefault(p => p.Party.Code == localPartyCode) is not { } entitlement)
        {
            return Fail(ServiceFailure.NotFound, $"the {year} entitlement table has no local party '{localPartyCode}'");
        }

        var rules = DelegateRulesJson.Load(snapshot.RulesJson);
        if (!rules.Success)
        {
            return Fail(ServiceFailure.Conflict, $"the stored delegate rules no longer load: {rules.Errors[0]}");
        }

        if (candidates.Count == 0 || candidates.Any(c => string.IsNullOrWhiteSpace(c.Name)))
        {
            return Fail(ServiceFailure.Invalid, "give every candidate a name");
        }

        if (DelegatePlaces.For(rules.Rules, entitlement, seats) is not { } places)
        {
            return Fail(ServiceFailure.Invalid, $"{localPartyCode} may elect from 1 to {entitlement.Total} delegate(s) in {year}, not {seats}");
        }

        var read = DelegateBallotText.Read(ballots, candidates, seats, $"{localPartyCode} conference delegates {year}");
        if (!read.Success)
        {
            return Fail(ServiceFailure.Invalid, "the ballots: " + read.Error);
        }

        var outcome = DelegateCount.Run(candidates, read.Ballots, places, method);
        if (!outcome.Success)
        {
            return Fail(ServiceFailure.Invalid, "the count: " + string.Join("; ", outcome.Problems));
        }

        var record = await _database.Delegates.AddElectionAsync(new DelegateElectionRecord(0, localPartyCode, year, outcome.Count.Method, seats, places.Women, places.Young,
            places.Text, read.Papers, JsonReport.ToJson(outcome.Count), _database.Time.GetUtcNow(), actor, outcome.Elected), cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return Fail(ServiceFailure.Conflict, $"{localPartyCode} has already elected its delegates for {year}");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.DelegatesElected, localPartyCode, new Dictionary<string, string>
        {
            ["year"] = Text(year),
            ["election"] = Text(record.Id),
            ["method"] = record.Method,
            ["seats"] = Text(seats),
            ["papers"] = Text(read.Papers),
            ["elected"] = string.Join(",", record.Elected.Select(e => string.IsNullOrEmpty(e.Candidate.MembershipNumber) ? "(no number)" : e.Candidate.MembershipNumber)),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(record);
    }

    private static ServiceResult<DelegateElectionRecord> Fail(ServiceFailure failure, string error) => ServiceResult.Fail<DelegateElectionRecord>(failure, error);

    private static string Text(long n) => n.ToString(CultureInfo.InvariantCulture);
}
