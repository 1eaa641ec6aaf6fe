using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Omov.Counting.Blt;
using Omov.Counting.Reports;
using Omov.Data.Results;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Results;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Staff;

namespace Omov.Data.Services;

/// <summary>
/// Opening the box after the close, checked and audited: k scrutineers' share files are read and
/// unlocked with their passphrases (a problem names the file), the key is rebuilt and checked
/// against the ceremony record, every ballot is opened, shuffled and counted
/// (<see cref="BoxCount"/>), the provisional results and the anonymised ballots are stored, and
/// the event moves to counted. Nothing is stored unless every contest counted.
/// </summary>
public sealed class BoxOpeningService
{
    private readonly OmovDatabase _database;
    private readonly SealedBallotSource _ballots;

    /// <summary>A service opening the ballot box stored in <paramref name="database"/>.</summary>
    public BoxOpeningService(OmovDatabase database)
        : this(database, database is null ? null! : database.Votes.ReadSealedAsync)
    {
    }

    /// <summary>A service reading sealed ballots from <paramref name="ballots"/> (tests seal their own).</summary>
    public BoxOpeningService(OmovDatabase database, SealedBallotSource ballots)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(ballots);
        _database = database;
        _ballots = ballots;
    }

    /// <summary>Threads that open ballots at once (one opener each).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>As <see cref="OpenAsync(string, IReadOnlyList{ScrutineerShare}, string, CancellationToken)"/>, by a member of staff who may open the box.</summary>
    public async Task<ServiceResult<BoxOpened>> OpenAsync(string eventCode, IReadOnlyList<ScrutineerShare> shares, StaffAccount account, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(eventCode);
        if (await ServiceChecks.RefusedAsync(_database, account, StaffPermission.OpenBallotBox, AuditActions.BoxOpened, eventCode, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            return ServiceResult.Fail<BoxOpened>(ServiceFailure.Refused, reason);
        }

        return await OpenAsync(eventCode, shares, AuditActors.Staff(account), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Opens event <paramref name="eventCode"/>'s box with <paramref name="shares"/> and counts it, on
    /// behalf of <paramref name="actor"/>. Audited as <c>box.opened</c> and one <c>result.counted</c>
    /// per contest (with the report's SHA-256, never the result), or <c>box.opening-failed</c> when
    /// the shares do not open it.
    /// </summary>
    public async Task<ServiceResult<BoxOpened>> OpenAsync(string eventCode, IReadOnlyList<ScrutineerShare> shares, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventCode);
        ArgumentNullException.ThrowIfNull(shares);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (await _database.BallotEvents.GetAsync(eventCode, cancellationToken).ConfigureAwait(false) is not { } ballotEvent)
        {
            return ServiceResult.Fail<BoxOpened>(ServiceFailure.NotFound, $"no ballot event has the code '{eventCode}'");
        }

        if (ballotEvent.Status != BallotEventStatus.Closed)
        {
            return ServiceResult.Fail<BoxOpened>(ServiceFailure.Conflict, ballotEvent.Status < BallotEventStatus.Closed
                ? $"the ballot of {eventCode} is {BallotEventLifecycle.Name(ballotEvent.Status)}: the box can be opened only after the close"
                : $"the box of {eventCode} has been opened and counted already");
        }

        if (await _database.KeyCeremonies.GetAsync(ballotEvent.Id, cancellationToken).ConfigureAwait(false) is not { } ceremony)
        {
            return ServiceResult.Fail<BoxOpened>(ServiceFailure.Conflict, $"no key ceremony was held for {eventCode}, so its box cannot be opened");
        }

        var unlocked = new List<KeyShare>();
        try
        {
            foreach (var share in shares)
            {
                var read = ShareFile.Read(share.FileText);
                if (!read.Success)
                {
                    return await FailedAsync(ballotEvent, actor, $"{share.Source}: {read.Error}", cancellationToken).ConfigureAwait(false);
                }

                var unlock = read.File.Unlock(share.Passphrase);
                if (!unlock.Success)
                {
                    return await FailedAsync(ballotEvent, actor, $"{share.Source}: {unlock.Error}", cancellationToken).ConfigureAwait(false);
                }

                unlocked.Add(unlock.Share);
            }

            var check = BoxOpening.Open(ceremony.Record, unlocked);
            if (!check.Success)
            {
                var source = check.Share is { } index && unlocked.FindIndex(s => s.Index == index) is var at and >= 0 ? shares[at].Source + ": " : "";
                return await FailedAsync(ballotEvent, actor, source + check.Error, cancellationToken).ConfigureAwait(false);
            }

            check.Opener.Dispose();
            var counted = await BoxCount.CountAsync(ballotEvent, () => BoxOpening.Open(ceremony.Record, unlocked).Opener!, _ballots(ballotEvent.Id, cancellationToken), Workers, cancellationToken).ConfigureAwait(false);
            if (!counted.Success)
            {
                return await FailedAsync(ballotEvent, actor, counted.Error, cancellationToken).ConfigureAwait(false);
            }

            var used = unlocked.Select(s => s.Index).Distinct().Order().ToList();
            return await StoreAsync(ballotEvent, counted, used, actor, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            unlocked.ForEach(s => s.Dispose());
        }
    }

    private async Task<ServiceResult<BoxOpened>> StoreAsync(BallotEvent ballotEvent, BoxCountResult counted, IReadOnlyList<int> used, string actor, CancellationToken cancellationToken)
    {
        var now = _database.Time.GetUtcNow();
        var opening = new StoredOpening(now, actor, used, counted.BallotsInBox, counted.BallotsRejected);
        var rows = new List<(StoredContestResult, byte[])>();
        foreach (var (outcome, position) in counted.Contests!.Select((c, i) => (c, i + 1)))
        {
            rows.Add((new StoredContestResult
            {
                ContestCode = outcome.Contest.Code,
                Position = position,
                Status = ResultStatus.Provisional,
                Method = outcome.Contest.Method,
                Seats = outcome.Contest.Seats,
                Electorate = await ElectorateAsync(outcome.Contest, cancellationToken).ConfigureAwait(false),
                BallotsCast = outcome.BallotsCast,
                Blank = outcome.Blank,
                Spoilt = outcome.Spoilt,
                ReportJson = JsonReport.ToJson(outcome.Result),
                CountedAt = now,
            }, BltWriter.ToBytes(outcome.Ballots)));
        }

        if (!await _database.Results.SaveCountAsync(ballotEvent.Id, opening, rows, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<BoxOpened>(ServiceFailure.Conflict, $"the box of {ballotEvent.Code} has been opened already");
        }

        var move = BallotEventLifecycle.Move(ballotEvent, BallotEventStatus.Counted, new EventReadiness { Counted = true }, now);
        if (!move.Moved || !await _database.BallotEvents.ChangeStatusAsync(ballotEvent.Id, BallotEventStatus.Closed, BallotEventStatus.Counted, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<BoxOpened>(ServiceFailure.Conflict, $"the results of {ballotEvent.Code} were stored but the event could not move to counted: {string.Join(" ", move.Refusals)}");
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.BoxOpened, ballotEvent.Code, new Dictionary<string, string>
        {
            ["shares"] = string.Join(",", used.Select(s => s.ToString(CultureInfo.InvariantCulture))),
            ["ballots"] = counted.BallotsInBox.ToString(CultureInfo.InvariantCulture),
            ["rejected"] = counted.BallotsRejected.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        foreach (var (result, blt) in rows)
        {
            // The digests let anyone check later that the declared result and the published
            // ballots are what was counted, without the log showing the result before declaration.
            await _database.AuditLog.AppendAsync(actor, AuditActions.ResultCounted, ballotEvent.Code + "/" + result.ContestCode, new Dictionary<string, string>
            {
                ["method"] = result.Method,
                ["ballots"] = result.BallotsCast.ToString(CultureInfo.InvariantCulture),
                ["reportSha256"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(result.ReportJson))),
                ["bltSha256"] = Convert.ToHexStringLower(SHA256.HashData(blt)),
            }, cancellationToken).ConfigureAwait(false);
        }

        return ServiceResult.Ok(new BoxOpened(opening, [.. rows.Select(r => r.Item1)]));
    }

    private async Task<long> ElectorateAsync(EventContest contest, CancellationToken cancellationToken)
    {
        var stored = await _database.Contests.GetAsync(contest.RollContest, cancellationToken).ConfigureAwait(false);
        var roll = stored is null ? null : await _database.Rolls.GetApprovedAsync(stored.Id, cancellationToken).ConfigureAwait(false);
        return roll?.EntryCount ?? 0;
    }

    private async Task<ServiceResult<BoxOpened>> FailedAsync(BallotEvent ballotEvent, string actor, string error, CancellationToken cancellationToken)
    {
        await _database.AuditLog.AppendAsync(actor, AuditActions.BoxOpeningFailed, ballotEvent.Code, new Dictionary<string, string> { ["reason"] = error }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Fail<BoxOpened>(ServiceFailure.Invalid, error);
    }
}
