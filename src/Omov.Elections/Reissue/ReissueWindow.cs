using Omov.Elections.Events;

namespace Omov.Elections.Reissue;

/// <summary>
/// Which ways a replacement voting code may go out at a given moment, from the event's timetable
/// (reference/labour-rules.md §9.5). Each window opens AT its opening instant and is shut FROM its
/// deadline instant: at 12:00:00 on a noon deadline it is already closed, as the portal is switched
/// off at noon. Members may ask from <see cref="EventTimetable.ReissueOpens"/>; staff may reissue
/// from <see cref="EventTimetable.BallotOpens"/> (a ballot email that bounced on the first day
/// needs a postal replacement at once). Nothing is open unless the event is open.
/// </summary>
public sealed record ReissueWindow(bool Email, bool Post)
{
    /// <summary>Whether any replacement can be sent.</summary>
    public bool Any => Email || Post;

    /// <summary>What a member asking for themselves may have at <paramref name="now"/>.</summary>
    public static ReissueWindow ForMember(BallotEvent ballotEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        return At(ballotEvent, ballotEvent.Timetable.ReissueOpens, now);
    }

    /// <summary>What staff may send for a member at <paramref name="now"/>.</summary>
    public static ReissueWindow ForStaff(BallotEvent ballotEvent, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        return At(ballotEvent, ballotEvent.Timetable.BallotOpens, now);
    }

    private static ReissueWindow At(BallotEvent ballotEvent, DateTimeOffset opens, DateTimeOffset now)
    {
        var timetable = ballotEvent.Timetable;
        if (ballotEvent.Status != BallotEventStatus.Open || now < opens || now >= timetable.Close)
        {
            return new ReissueWindow(false, false);
        }

        return new ReissueWindow(now < timetable.EmailReissueCloses, now < timetable.PostalReissueCloses);
    }
}
