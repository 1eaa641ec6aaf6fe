using System.Globalization;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Staff;

namespace Omov.Data.Services;

/// <summary>
/// The returning officer's declaration: every provisional result of a counted event becomes
/// public and the event moves to declared. Audited as <c>result.declared</c>.
/// </summary>
public sealed class DeclarationService
{
    private readonly OmovDatabase _database;

    public DeclarationService(OmovDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <summary>Declares event <paramref name="eventCode"/>'s results, by <paramref name="officer"/>, who must be a returning officer.</summary>
    public async Task<ServiceResult<BallotEvent>> DeclareAsync(string eventCode, StaffAccount officer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventCode);
        ArgumentNullException.ThrowIfNull(officer);
        if (await ServiceChecks.RefusedAsync(_database, officer, StaffPermission.CertifyResults, AuditActions.ResultDeclared, eventCode, cancellationToken).ConfigureAwait(false) is { } reason)
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.Refused, reason);
        }

        if (await _database.BallotEvents.GetAsync(eventCode, cancellationToken).ConfigureAwait(false) is not { } ballotEvent)
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.NotFound, $"no ballot event has the code '{eventCode}'");
        }

        var now = _database.Time.GetUtcNow();
        var move = BallotEventLifecycle.Move(ballotEvent, BallotEventStatus.Declared, new EventReadiness { Counted = true }, now);
        if (!move.Moved)
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.Conflict, string.Join(" ", move.Refusals));
        }

        // Results first, then the event: public pages need both, so a crash between the two
        // shows nothing, and declaring again finishes the job.
        var declared = await _database.Results.DeclareAsync(ballotEvent.Id, now, cancellationToken).ConfigureAwait(false);
        if (!await _database.BallotEvents.ChangeStatusAsync(ballotEvent.Id, BallotEventStatus.Counted, BallotEventStatus.Declared, cancellationToken).ConfigureAwait(false))
        {
            return ServiceResult.Fail<BallotEvent>(ServiceFailure.Conflict, $"{eventCode} was declared by someone else a moment ago");
        }

        await _database.AuditLog.AppendAsync(AuditActors.Staff(officer), AuditActions.ResultDeclared, ballotEvent.Code, new Dictionary<string, string>
        {
            ["contests"] = declared.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return ServiceResult.Ok(move.Event!);
    }
}
