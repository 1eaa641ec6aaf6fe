using System.Globalization;

namespace Omov.Elections.Meetings;

/// <summary>Checks a meeting's set-up; the first problem comes back as a sentence naming the field.</summary>
public static class MeetingValidator
{
    /// <summary>The longest title, venue, contest or candidate name accepted.</summary>
    public const int MaxText = 200;

    /// <summary>The latest the doors may close, in minutes after the start.</summary>
    public const int MaxDoorsMinutes = 240;

    /// <summary>The first problem, or null when the meeting can be set up.</summary>
    public static string? Validate(NominationMeeting meeting, int doorsCloseAfterMinutes)
    {
        ArgumentNullException.ThrowIfNull(meeting);
        if (BadText(meeting.Title))
        {
            return $"the title must be 1 to {MaxText} characters on one line";
        }

        if (doorsCloseAfterMinutes is < 0 or > MaxDoorsMinutes)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the doors must close between 0 and {MaxDoorsMinutes} minutes after the start (not {doorsCloseAfterMinutes})");
        }

        if (meeting.Venue is null && meeting.OnlineLink is null)
        {
            return "give a venue, an online link, or both";
        }

        if (meeting.Venue is not null && BadText(meeting.Venue))
        {
            return $"the venue must be 1 to {MaxText} characters on one line";
        }

        if (meeting.OnlineLink is not null
            && !(Uri.TryCreate(meeting.OnlineLink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps && meeting.OnlineLink.Length <= 500))
        {
            return "the online link must be a full https:// address";
        }

        if (meeting.Contests.Count == 0)
        {
            return "say what the meeting nominates for (at least one contest)";
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < meeting.Contests.Count; i++)
        {
            var contest = meeting.Contests[i];
            if (BadText(contest.Name))
            {
                return string.Create(CultureInfo.InvariantCulture, $"contest {i + 1} needs a name of 1 to {MaxText} characters");
            }

            if (!names.Add(contest.Name))
            {
                return $"the contest '{contest.Name}' is listed twice";
            }

            if (contest.Candidates.Count == 0)
            {
                return $"the contest '{contest.Name}' has no candidates: list them in the order their statements will be read";
            }

            var candidates = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var candidate in contest.Candidates)
            {
                if (BadText(candidate))
                {
                    return $"a candidate's name in '{contest.Name}' must be 1 to {MaxText} characters on one line";
                }

                if (!candidates.Add(candidate))
                {
                    return $"'{candidate}' is listed twice in '{contest.Name}'";
                }
            }
        }

        return null;
    }

    private static bool BadText(string? text) => string.IsNullOrWhiteSpace(text) || text.Length > MaxText || text.Any(char.IsControl);
}
