using System.Globalization;
using Omov.Data.Results;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Results;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Staff;

namespace Omov.Data.Services;

/// <summary>
/// The key ceremony, checked and audited: the returning officer names n scrutineer accounts and k;
/// each scrutineer types their passphrase; the ceremony makes the key, proves a test ballot opens
/// with k shares, and keeps the public record. Each share file waits on the server, locked by its
/// holder's passphrase, until that scrutineer downloads it signed in as themselves
/// (<see cref="CollectAsync"/>), which deletes the server's copy.
/// </summary>
public sealed class KeyCeremonyService
{
    private readonly OmovDatabase _database;

    public KeyCeremonyService(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>PBKDF2 iterations for share files; tests lower it, production keeps the default.</summary>
    public int Iterations { get; init; } = ShareFile.DefaultIterations;

    /// <summary>
    /// Holds event <paramref name="eventCode"/>'s ceremony with <paramref name="scrutineers"/> (in
    /// share order) and threshold <paramref name="threshold"/>, run by <paramref name="officer"/>,
    /// who must be a returning officer. Refused once the ballot has opened. Audited as <c>ceremony.held</c>.
    /// </summary>
    public async Task<ServiceResult<StoredCeremony>> HoldAsync(string eventCode, int threshold, IReadOnlyList<ScrutineerChoice> scrutineers, StaffAccount officer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventCode);
        ArgumentNullException.ThrowIfNull(scrutineers);
        ArgumentNullException.ThrowIfNull(officer);
        if (await ServiceChecks.RefusedAsync(_database, officer, StaffPermission.CertifyResults, AuditActions.CeremonyHeld, eventCode, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            return ServiceResult.Fail<StoredCeremony>(ServiceFailure.Refused, reason);
        }

        if (await _database.BallotEvents.GetAsync(eventCode, cancellationToken).ConfigureAwait(false) is not { } ballotEvent)
        {
            return ServiceResult.Fail<StoredCeremony>(ServiceFailure.NotFound, $"no ballot event has the code '{eventCode}'");
        }

        if (ballotEvent.Status > BallotEventStatus.Scheduled)
        {
            return ServiceResult.Fail<StoredCeremony>(ServiceFailure.Conflict,
                $"the ballot of {eventCode} is {BallotEventLifecycle.Name(ballotEvent.Status)}; the key ceremony is held before it opens, and never again after");
        }

        var problems = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (choice, i) in scrutineers.Select((c, i) => (c, i + 1)))
        {
            var account = await _database.StaffAccounts.GetAsync(choice.Username, cancellationToken).ConfigureAwait(false);
            if (account is null)
            {
                problems.Add(Say($"Scrutineer {i}: no staff account is called '{choice.Username}'."));
            }
            else if (!StaffPermissions.Check(account, StaffPermission.HoldKeyShare).Allowed)
            {
                problems.Add(Say($"Scrutineer {i}: {account.Username} may not hold a key share (a scrutineer or returning officer may)."));
            }
            else if (!seen.Add(account.Username))
            {
                problems.Add(Say($"Scrutineer {i}: {account.Username} is chosen twice; each share needs its own holder."));
            }
        }

        var request = new KeyCeremonyRequest(BoxCount.BindingOf(ballotEvent), threshold, [.. scrutineers.Select(s => new ScrutineerPassphrase(s.Username, s.Passphrase))])
        {
            Iterations = Iterations,
        };
        var run = problems.Count > 0 ? null : KeyCeremony.Run(request);
        if (run is null || !run.Success)
        {
            problems.AddRange(run?.Problems ?? []);
            return ServiceResult.Fail<StoredCeremony>(ServiceFailure.Invalid, string.Join(" ", problems));
        }

        var handovers = run.ShareFiles.Select(f => new ShareHandover(f.Index, f.Holder, f.ToText())).ToList();
        var actor = AuditActors.Staff(officer);
        var at = _database.Time.GetUtcNow();
        await _database.KeyCeremonies.SaveAsync(ballotEvent.Id, run.Record, handovers, actor, at, cancellationToken).ConfigureAwait(false);
        await _database.AuditLog.AppendAsync(actor, AuditActions.CeremonyHeld, ballotEvent.Code, new Dictionary<string, string>
        {
            ["keyId"] = run.Record.PublicKey.KeyId,
            ["shares"] = run.Record.Count.ToString(CultureInfo.InvariantCulture),
            ["threshold"] = run.Record.Threshold.ToString(CultureInfo.InvariantCulture),
            ["holders"] = string.Join(",", run.Record.Holders.Select(h => h.Holder)),
            ["testBallot"] = run.Record.TestBallotTrackingCode.Text,
            ["openedWith"] = string.Join(" ", run.Record.OpenedWith.Select(set => string.Join(",", set))),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok((await _database.KeyCeremonies.GetAsync(ballotEvent.Id, cancellationToken).ConfigureAwait(false))!);
    }

    /// <summary>
    /// Hands <paramref name="holder"/> their share file of event <paramref name="eventCode"/>, once:
    /// the server's copy is deleted as it is read. Audited as <c>share.collected</c>.
    /// </summary>
    public async Task<ServiceResult<ShareHandover>> CollectAsync(string eventCode, StaffAccount holder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventCode);
        ArgumentNullException.ThrowIfNull(holder);
        if (await ServiceChecks.RefusedAsync(_database, holder, StaffPermission.HoldKeyShare, AuditActions.ShareCollected, eventCode, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            return ServiceResult.Fail<ShareHandover>(ServiceFailure.Refused, reason);
        }

        if (await _database.BallotEvents.GetAsync(eventCode, cancellationToken).ConfigureAwait(false) is not { } ballotEvent
            || await _database.KeyCeremonies.GetAsync(ballotEvent.Id, cancellationToken).ConfigureAwait(false) is not { } ceremony)
        {
            return ServiceResult.Fail<ShareHandover>(ServiceFailure.NotFound, $"no key ceremony has been held for '{eventCode}'");
        }

        var index = ceremony.Uncollected.FirstOrDefault(u => u.Value == holder.Username).Key;
        var taken = index == 0 ? null : await _database.KeyCeremonies.TakeAsync(ballotEvent.Id, index, holder.Username, cancellationToken).ConfigureAwait(false);
        if (taken is null)
        {
            return ServiceResult.Fail<ShareHandover>(ServiceFailure.NotFound,
                $"no share file of {eventCode} is waiting for {holder.Username}: it was downloaded already, or you hold no share");
        }

        await _database.AuditLog.AppendAsync(AuditActors.Staff(holder), AuditActions.ShareCollected, ballotEvent.Code, new Dictionary<string, string>
        {
            ["share"] = index.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(taken);
    }

    private static string Say(FormattableString message) => message.ToString(CultureInfo.InvariantCulture);
}
