using System.Globalization;

namespace Omov.Elections.Events;

/// <summary>
/// The only way a ballot event's status changes: one step forward, when its conditions hold.
/// Draft → Scheduled (no problems, every roll approved, before opening) → Open (opening time
/// reached, keys proven, before the close) → Closed (close reached) → Counted (box opened and
/// counted) → Declared. There is no way back: the caller stores each move with an audit entry.
/// </summary>
public static class BallotEventLifecycle
{
    /// <summary>Moves <paramref name="ballotEvent"/> to <paramref name="target"/> at <paramref name="now"/>, or says why not.</summary>
    public static StatusChange Move(BallotEvent ballotEvent, BallotEventStatus target, EventReadiness readiness, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(readiness);
        var from = ballotEvent.Status;
        if (target != from + 1)
        {
            return Refuse($"The event is {Name(from)}; it can only move on to {(from == BallotEventStatus.Declared ? "nothing (it is declared)" : Name(from + 1))}, never back or past a step.");
        }

        var timetable = ballotEvent.Timetable;
        var refusals = new List<string>();
        switch (target)
        {
            case BallotEventStatus.Scheduled:
                refusals.AddRange(BallotEventValidator.Problems(ballotEvent));
                refusals.AddRange(ballotEvent.Contests.Select(c => c.RollContest).Distinct(StringComparer.Ordinal)
                    .Where(roll => !readiness.ApprovedRolls.Contains(roll))
                    .Select(roll => $"The roll of {roll} has not been approved by the returning officer."));
                if (now >= timetable.BallotOpens)
                {
                    refusals.Add($"The ballot was due to open at {Show(timetable.BallotOpens)}; change the timetable first.");
                }

                break;
            case BallotEventStatus.Open:
                if (now < timetable.BallotOpens)
                {
                    refusals.Add($"The ballot opens at {Show(timetable.BallotOpens)}, not before.");
                }

                if (now >= timetable.Close)
                {
                    refusals.Add($"The ballot was due to close at {Show(timetable.Close)}.");
                }

                if (!readiness.KeyCeremonyProven)
                {
                    refusals.Add("The key ceremony has not been held (or did not prove the scrutineers' shares open a test ballot).");
                }

                break;
            case BallotEventStatus.Closed:
                if (now < timetable.Close)
                {
                    refusals.Add($"The ballot closes at {Show(timetable.Close)}; it cannot close early.");
                }

                break;
            case BallotEventStatus.Counted:
                if (!readiness.Counted)
                {
                    refusals.Add("The ballot box has not been opened by the scrutineers and counted.");
                }

                break;
        }

        return refusals.Count > 0 ? new StatusChange { Refusals = refusals } : new StatusChange { Event = ballotEvent with { Status = target } };
    }

    /// <summary>The status in plain words.</summary>
    public static string Name(BallotEventStatus status) => status.ToString().ToLowerInvariant();

    private static StatusChange Refuse(string reason) => new() { Refusals = [reason] };

    private static string Show(DateTimeOffset instant) => instant.ToString("d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
