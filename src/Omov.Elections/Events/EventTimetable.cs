namespace Omov.Elections.Events;

/// <summary>
/// A ballot event's dates, as instants (UTC); built from local times in the organisation's
/// zone with <see cref="EventTimetableBuilder"/>. Labour's 2020 leadership timetable is the model
/// (reference/labour-rules.md §5.5, §9.5).
/// </summary>
public sealed record EventTimetable
{
    /// <summary>Who is on the roll is decided as at this moment.</summary>
    public required DateTimeOffset RollFreeze { get; init; }

    /// <summary>The ballot opens and the first batch of ballots goes out.</summary>
    public required DateTimeOffset BallotOpens { get; init; }

    /// <summary>Members may ask for a replacement ballot from this moment.</summary>
    public required DateTimeOffset ReissueOpens { get; init; }

    /// <summary>The last moment to ask for a postal replacement.</summary>
    public required DateTimeOffset PostalReissueCloses { get; init; }

    /// <summary>The last moment to ask for an email replacement (often the close).</summary>
    public required DateTimeOffset EmailReissueCloses { get; init; }

    /// <summary>Voting ends; later votes, online or on paper, are not counted.</summary>
    public required DateTimeOffset Close { get; init; }

    /// <summary>What is out of order, in plain English; empty when the dates follow one another.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Before(DateTimeOffset earlier, string earlierName, DateTimeOffset later, string laterName, bool strict)
        {
            if (strict ? earlier >= later : earlier > later)
            {
                problems.Add($"The {earlierName} must come before the {laterName}.");
            }
        }

        Before(RollFreeze, "roll freeze", BallotOpens, "ballot opening", strict: true);
        Before(BallotOpens, "ballot opening", ReissueOpens, "opening of reissue requests", strict: false);
        Before(ReissueOpens, "opening of reissue requests", PostalReissueCloses, "postal reissue deadline", strict: true);
        Before(PostalReissueCloses, "postal reissue deadline", EmailReissueCloses, "email reissue deadline", strict: false);
        Before(EmailReissueCloses, "email reissue deadline", Close, "close", strict: false);
        Before(BallotOpens, "ballot opening", Close, "close", strict: true);
        return problems;
    }
}
