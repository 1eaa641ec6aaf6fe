using Omov.Elections.Audit;
using Omov.Elections.Events;

namespace Omov.Data.Services;

/// <summary>
/// Moves a stored event one step through its life (<see cref="BallotEventLifecycle"/>), with the
/// facts gathered from storage: approved rolls, and the key ceremony and count facts
/// (<see cref="IEventSecrecyFacts"/>). Each move is stored only if the event is still where it
/// was read (two moves at once: one wins) and audited as <c>event.status-changed</c>.
/// </summary>
public sealed class EventStatusService
{
    private readonly OmovDatabase _database;
    private readonly IEventSecrecyFacts _facts;

    public EventStatusService(OmovDatabase database, IEventSecrecyFacts? facts = null)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
        _facts = facts ?? new Results.StoredSecrecyFacts(database);
    }

    /// <summary>The facts the event's next move depends on.</summary>
    public async Task<EventReadiness> ReadinessAsync(BallotEvent ballotEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        var rolls = await EventRolls.ReadAsync(_database, ballotEvent, cancellationToken).ConfigureAwait(false);
        return new EventReadiness
        {
            ApprovedRolls = rolls.ApprovedContests,
            KeyCeremonyProven = await _facts.KeyCeremonyProvenAsync(ballotEvent.Id, cancellationToken).ConfigureAwait(false),
            Counted = await _facts.CountedAsync(ballotEvent.Id, cancellationToken).ConfigureAwait(false),
        };
    }

    /// <summary>
    /// Moves event <paramref name="code"/> to <paramref name="target"/> now, or says why not (every
    /// reason, in plain English). Returns the stored event after the move.
    /// </summary>
    public async Task<StatusChange> MoveAsync(string code, BallotEventStatus target, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        var ballotEvent = await _database.BallotEvents.GetAsync(code, cancellationToken).ConfigureAwait(false);
        if (ballotEvent is null)
        {
            return new StatusChange { Refusals = [$"There is no event {code}."] };
        }

        var readiness = await ReadinessAsync(ballotEvent, cancellationToken).ConfigureAwait(false);
        var change = BallotEventLifecycle.Move(ballotEvent, target, readiness, _database.Time.GetUtcNow());
        if (!change.Moved)
        {
            return change;
        }

        if (!await _database.BallotEvents.ChangeStatusAsync(ballotEvent.Id, ballotEvent.Status, target, cancellationToken).ConfigureAwait(false))
        {
            return new StatusChange { Refusals = [$"Event {code} was moved by someone else meanwhile; look again."] };
        }

        await _database.AuditLog.AppendAsync(actor, AuditActions.EventStatusChanged, ballotEvent.Code, new Dictionary<string, string>
        {
            ["from"] = BallotEventLifecycle.Name(ballotEvent.Status),
            ["to"] = BallotEventLifecycle.Name(target),
        }, cancellationToken).ConfigureAwait(false);
        return change;
    }
}
