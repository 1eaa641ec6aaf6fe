using System.Globalization;
using Omov.Data;
using Omov.Data.Outbox;
using Omov.Data.Reissue;
using Omov.Delivery.Issuing;
using Omov.Elections.Audit;
using Omov.Elections.Events;

namespace Omov.Delivery.Reissue;

/// <summary>
/// Reminder rounds (docs/reissue.md): each queues one reminder email to every member with an email
/// ballot who has not voted. A reminder cannot repeat the member's code (only its hash is kept), so
/// it links to the voting page and to the self-service reissue page. Never to a voter: who has
/// voted is read when the round is queued, and the outbox withdraws any reminder whose member
/// has voted by the time a sender claims it (<see cref="OutboxMessage.CancelIfVotedIn"/>).
/// </summary>
public sealed class Reminders
{
    /// <summary>The outbox kind and template of a reminder.</summary>
    public const string Kind = "reminder";

    private const int PageSize = 5_000;

    private readonly OmovDatabase _database;
    private readonly ReissueSettings _settings;

    public Reminders(OmovDatabase database, ReissueSettings settings)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(settings);
        _database = database;
        _settings = settings;
    }

    /// <summary>The idempotency key of a member's reminder in a round.</summary>
    public static string IdempotencyKey(Guid eventId, string membershipNumber, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"{Kind}:{eventId:D}:{membershipNumber}:{round}");

    /// <summary>The outbox batch of a round, for its figures.</summary>
    public static string BatchId(Guid eventId, int round) => string.Create(CultureInfo.InvariantCulture, $"{Kind}:{eventId:D}:{round}");

    /// <summary>Adds a round due at <paramref name="dueAt"/> (queued by <see cref="QueueDueAsync"/>), audited under <paramref name="actor"/>.</summary>
    public async Task<ReminderRound> ScheduleAsync(BallotEvent ballotEvent, DateTimeOffset dueAt, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        var round = await _database.ReminderRounds.ScheduleAsync(ballotEvent.Id, dueAt, cancellationToken).ConfigureAwait(false);
        await _database.AuditLog.AppendAsync(actor, AuditActions.RemindersScheduled, ballotEvent.Code, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["round"] = round.Round.ToString(CultureInfo.InvariantCulture),
            ["due"] = dueAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return round;
    }

    /// <summary>Adds a round due now and queues it at once (the staff button, <c>omov event remind</c>).</summary>
    public async Task<ReminderRoundResult> RemindNowAsync(BallotEvent ballotEvent, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        if (Refusal(ballotEvent) is { } refused)
        {
            return new ReminderRoundResult(0, 0, refused);
        }

        var round = await ScheduleAsync(ballotEvent, _database.Time.GetUtcNow(), actor, cancellationToken).ConfigureAwait(false);
        return await QueueRoundAsync(ballotEvent, round.Round, actor, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Queues every round now due, of any event (what the web app's scheduler runs each minute).</summary>
    public async Task<IReadOnlyList<ReminderRoundResult>> QueueDueAsync(CancellationToken cancellationToken = default)
    {
        var results = new List<ReminderRoundResult>();
        foreach (var due in await _database.ReminderRounds.ListDueAsync(_database.Time.GetUtcNow(), cancellationToken).ConfigureAwait(false))
        {
            var ballotEvent = await _database.BallotEvents.GetAsync(due.EventId, cancellationToken).ConfigureAwait(false);
            if (ballotEvent is null)
            {
                continue;
            }

            var result = await QueueRoundAsync(ballotEvent, due.Round, AuditActors.System, cancellationToken).ConfigureAwait(false);
            if (!result.Succeeded)
            {
                // A round that can no longer go (the event closed) is marked so it is not retried forever.
                await _database.ReminderRounds.MarkQueuedAsync(ballotEvent.Id, due.Round, _database.Time.GetUtcNow(), 0, cancellationToken).ConfigureAwait(false);
            }

            results.Add(result);
        }

        return results;
    }

    /// <summary>
    /// Queues round <paramref name="round"/>: a reminder for every member who has an email ballot
    /// and has not voted. Safe to repeat or resume: a member's reminder for a round is queued once.
    /// </summary>
    public async Task<ReminderRoundResult> QueueRoundAsync(BallotEvent ballotEvent, int round, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        if (Refusal(ballotEvent) is { } refused)
        {
            return new ReminderRoundResult(round, 0, refused);
        }

        var closeText = CloseTimes.Text(ballotEvent);
        var reissueLink = new Uri(_settings.ReissuePage.AbsoluteUri.TrimEnd('/') + "/" + Uri.EscapeDataString(ballotEvent.Code)).AbsoluteUri;
        long queued = 0;
        string? after = null;
        while (true)
        {
            var page = await _database.Votes.ListReminderRecipientsAsync(ballotEvent.Id, after, PageSize, cancellationToken).ConfigureAwait(false);
            if (page.Count == 0)
            {
                break;
            }

            var added = await _database.EmailOutbox.EnqueueAsync(page.Select(r => new OutboxMessage
            {
                IdempotencyKey = IdempotencyKey(ballotEvent.Id, r.MembershipNumber, round),
                Kind = Kind,
                BatchId = BatchId(ballotEvent.Id, round),
                MemberNumber = r.MembershipNumber,
                Recipient = r.Email,
                Template = Kind,
                CancelIfVotedIn = ballotEvent.Id,
                MergeValues = new Dictionary<string, MergeValue>(StringComparer.Ordinal)
                {
                    ["event_name"] = ballotEvent.Title,
                    ["first_name"] = r.FirstName,
                    ["close_time"] = closeText,
                    ["voting_link"] = _settings.VotingPage.AbsoluteUri,
                    ["reissue_link"] = reissueLink,
                    ["help_contact"] = _settings.HelpContact,
                },
            }), cancellationToken).ConfigureAwait(false);
            queued += added.Added;
            after = page[^1].MembershipNumber;
        }

        await _database.ReminderRounds.MarkQueuedAsync(ballotEvent.Id, round, _database.Time.GetUtcNow(), queued, cancellationToken).ConfigureAwait(false);
        await _database.AuditLog.AppendAsync(actor, AuditActions.RemindersQueued, ballotEvent.Code, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["round"] = round.ToString(CultureInfo.InvariantCulture),
            ["queued"] = queued.ToString(CultureInfo.InvariantCulture),
        }, cancellationToken).ConfigureAwait(false);
        return new ReminderRoundResult(round, queued, null);
    }

    private string? Refusal(BallotEvent ballotEvent) =>
        ballotEvent.Status != BallotEventStatus.Open ? $"Event {ballotEvent.Code} is not open, so there is nobody to remind."
        : _database.Time.GetUtcNow() >= ballotEvent.Timetable.Close ? $"Event {ballotEvent.Code} has closed."
        : null;
}
