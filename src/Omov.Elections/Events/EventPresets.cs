using Omov.Counting;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Events;

/// <summary>
/// Ballot events from real Labour timetables (reference/labour-rules.md §5.5, §2.3.2, §9.5), for
/// an administrator to start from. Each contest votes on the roll of the rulebook preset named in
/// <see cref="EventContest.RollContest"/>; candidates are the 2020 ballot papers' where known.
/// </summary>
public static class EventPresets
{
    private static readonly TimeZoneInfo s_london = ZoneTime.Find("Europe/London")!;

    /// <summary>The preset with <paramref name="code"/>, or null.</summary>
    public static BallotEvent? Find(string code) =>
        All.FirstOrDefault(e => string.Equals(e.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every preset.</summary>
    public static IReadOnlyList<BallotEvent> All => [Leadership2020(), Nec2020()];

    /// <summary>
    /// Leader and Deputy Leader 2020: two AV contests on one ballot; roll frozen 17:00 20 Jan,
    /// ballot from Mon 24 Feb, reissues from Mon 2 Mar, postal reissues until 12:00 23 Mar,
    /// close 12:00 Thu 2 Apr 2020 (British Summer Time by then).
    /// </summary>
    public static BallotEvent Leadership2020() => new()
    {
        Id = Guid.Empty,
        Code = "labour-leadership-2020",
        Title = "Election of Labour Leader and Deputy Leader 2020",
        Timetable = EventTimetableBuilder.FromLocal(
            s_london,
            rollFreeze: (new DateOnly(2020, 1, 20), new TimeOnly(17, 0)),
            ballotOpens: (new DateOnly(2020, 2, 24), new TimeOnly(9, 0)),
            reissueOpens: (new DateOnly(2020, 3, 2), new TimeOnly(9, 0)),
            postalReissueCloses: (new DateOnly(2020, 3, 23), new TimeOnly(12, 0)),
            emailReissueCloses: (new DateOnly(2020, 4, 2), new TimeOnly(12, 0)),
            close: (new DateOnly(2020, 4, 2), new TimeOnly(12, 0))),
        Contests =
        [
            new EventContest
            {
                Code = "leader",
                Title = "Leader of the Labour Party",
                Method = "av",
                RollContest = "labour-leader-deputy-2020",
                Candidates = Candidates("Rebecca Long-Bailey", "Lisa Nandy", "Keir Starmer"),
                Guidance = "Number the candidates in order of preference: 1 for your first choice, 2 for your second, and so on. You may rank as many or as few as you like.",
            },
            new EventContest
            {
                Code = "deputy",
                Title = "Deputy Leader of the Labour Party",
                Method = "av",
                RollContest = "labour-leader-deputy-2020",
                Candidates = Candidates("Rosena Allin-Khan", "Richard Burgon", "Dawn Butler", "Ian Murray", "Angela Rayner"),
                Guidance = "Number the candidates in order of preference: 1 for your first choice, 2 for your second, and so on. You may rank as many or as few as you like.",
            },
        ],
    };

    /// <summary>
    /// NEC 2020: the CLP section (ERS97 STV, 9 seats, at least 4 women); ballots from Mon 19 Oct,
    /// reissues from Mon 26 Oct, postal reissues until Thu 5 Nov, close 12:00 Thu 12 Nov 2020.
    /// Candidates come from nominations.
    /// </summary>
    public static BallotEvent Nec2020() => new()
    {
        Id = Guid.Empty,
        Code = "labour-nec-2020",
        Title = "Labour National Executive Committee elections 2020",
        Timetable = EventTimetableBuilder.FromLocal(
            s_london,
            rollFreeze: (new DateOnly(2020, 8, 24), new TimeOnly(23, 59)),
            ballotOpens: (new DateOnly(2020, 10, 19), new TimeOnly(9, 0)),
            reissueOpens: (new DateOnly(2020, 10, 26), new TimeOnly(9, 0)),
            postalReissueCloses: (new DateOnly(2020, 11, 5), new TimeOnly(17, 0)),
            emailReissueCloses: (new DateOnly(2020, 11, 12), new TimeOnly(12, 0)),
            close: (new DateOnly(2020, 11, 12), new TimeOnly(12, 0))),
        Contests =
        [
            new EventContest
            {
                Code = "nec-clp",
                Title = "NEC: Constituency Labour Party section",
                Method = "ers97",
                Seats = 9,
                Limits = [new GroupLimit("women", GroupLimitKind.Minimum, 4)],
                RollContest = "labour-nec-clp-2020",
                Guidance = "Number the candidates in order of preference. You may rank as many as you like; we recommend at least 9. At least 4 of the 9 elected will be women.",
            },
        ],
    };

    private static EventCandidate[] Candidates(params string[] names) =>
        [.. names.Select((name, i) => new EventCandidate(i + 1, name, "", []))];
}
