using Omov.Counting;
using Omov.Data.Generation;
using Omov.Elections.Events;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Demo;

/// <summary>
/// The demonstration's contests, shaped like Labour's 2020 ballots: Leader and Deputy (AV), the NEC
/// CLP section (ERS97 STV, 9 seats, at least 4 women) and the NEC disabled members' representative
/// (AV), each with a rulebook over the synthetic register's dates.
/// </summary>
internal static class DemoContests
{
    public const string MembersRoll = "demo-members";
    public const string DisabledRoll = "demo-disabled-members";

    /// <summary>The stored contests whose rolls decide who votes: (code, title, rulebook).</summary>
    public static IReadOnlyList<(string Code, string Title, Rulebook Rulebook)> Rolls(string timeZone) =>
    [
        (MembersRoll, "Demo: full members, paid up", Presets.Generic(RegisterGenerator.AsOf, timeZone) with { Id = MembersRoll, Title = "Demo: full members, paid up" }),
        (DisabledRoll, "Demo: disabled members", Presets.Generic(RegisterGenerator.AsOf, timeZone) with
        {
            Id = DisabledRoll,
            Title = "Demo: members who self-identified as disabled",
            Rules = [.. Presets.Generic(RegisterGenerator.AsOf, timeZone).Rules, new SectionDeclaredRule(Section.Disabled, LocalCutoff.EndOfDay(RegisterGenerator.AsOf))],
        }),
    ];

    public static IReadOnlyList<EventContest> Contests() =>
    [
        new EventContest
        {
            Code = "leader",
            Title = "Leader",
            Method = "av",
            Candidates = Candidates(["Rowan Ashdown", "Bridget Calloway", "Imran Dace", "Morag Ellery"], []),
            RollContest = MembersRoll,
            Guidance = "Number the candidates in order of preference: 1 for your first choice, 2 for your second, and so on. You may rank as many or as few as you like.",
        },
        new EventContest
        {
            Code = "deputy",
            Title = "Deputy Leader",
            Method = "av",
            Candidates = Candidates(["Tegan Farrow", "Owen Gaskell", "Priya Hartnell", "Lewis Irving", "Jasmine Kettle"], []),
            RollContest = MembersRoll,
            Guidance = "Number the candidates in order of preference. You may rank as many or as few as you like.",
        },
        new EventContest
        {
            Code = "nec-clp",
            Title = "National Executive Committee: local parties' section",
            Method = "ers97",
            Seats = 9,
            Candidates = Candidates(
                ["Aisha Lomax", "Brendan Moyle", "Catrin Nuttall", "Declan Orme", "Esther Pryce", "Faisal Quarry", "Gwen Radley", "Hamish Sayle", "Ines Tolley", "Jack Umber", "Kezia Vane", "Liam Wardle", "Maya Yeoman", "Niall Zetter"],
                ["Aisha Lomax", "Catrin Nuttall", "Esther Pryce", "Gwen Radley", "Ines Tolley", "Kezia Vane", "Maya Yeoman"]),
            Limits = [new GroupLimit("women", GroupLimitKind.Minimum, 4)],
            RollContest = MembersRoll,
            Guidance = "Number the candidates in order of preference. You may rank as many as you like; we recommend at least 9. At least 4 of the 9 elected will be women.",
        },
        new EventContest
        {
            Code = "nec-disabled",
            Title = "National Executive Committee: disabled members' representative",
            Method = "av",
            Candidates = Candidates(["Olwen Ashby", "Patrick Bexley", "Ruth Carden"], ["Olwen Ashby", "Ruth Carden"]),
            RollContest = DisabledRoll,
            Guidance = "Number the candidates in order of preference. Only members who self-identified as disabled vote in this contest.",
        },
    ];

    private static EventCandidate[] Candidates(string[] names, string[] women) =>
    [
        .. names.Select((name, i) => new EventCandidate(
            i + 1,
            name,
            $"{name.Split(' ')[0]} has been a member for many years and asks for your vote. (A demonstration statement.)",
            women.Contains(name, StringComparer.Ordinal) ? ["women"] : [])),
    ];
}
