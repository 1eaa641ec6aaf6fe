using Omov.Elections.Register;

namespace Omov.Elections.Rulebooks;

/// <summary>
/// Rulebooks for real elections, built in C# and exchanged as JSON like any other. Section numbers and
/// [Sn] tags refer to <c>reference/labour-rules.md</c>. Unit codes (<see cref="WalesCode"/>,
/// <see cref="LondonCode"/>) are the ones the demo register uses; the builders take another code for
/// an organisation whose tree names them differently.
/// </summary>
public static class Presets
{
    /// <summary>The unit code for the nation of Wales in the presets.</summary>
    public const string WalesCode = "WALES";

    /// <summary>The unit code for the London region in the presets.</summary>
    public const string LondonCode = "LONDON";

    private static readonly MemberStatus[] s_members = [MemberStatus.Full, MemberStatus.Provisional];

    /// <summary>The preset whose rulebook id (e.g. <c>labour-nec-clp-2020</c>) or name matches, ignoring case; null if none.</summary>
    public static Preset? Find(string idOrName) =>
        All.FirstOrDefault(p => string.Equals(p.Rulebook.Id, idOrName, StringComparison.OrdinalIgnoreCase))
        ?? All.FirstOrDefault(p => string.Equals(p.Name, idOrName, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every preset, in the order an administrator would look for them.</summary>
    public static IReadOnlyList<Preset> All { get; } =
    [
        new("Leader and Deputy Leader 2020",
            "Members and affiliated supporters who joined by 17:00 on 20 Jan 2020; members must be paid up by 14 Feb 2020.",
            LeaderAndDeputy2020()),
        new("NEC CLP section 2020",
            "Individual members who joined on or before 24 Aug 2020 and were paid up by 19 Oct 2020.",
            NecClpSection2020()),
        new("NEC disabled members' representative 2022",
            "Individual members who self-identified as disabled by 23:59 on 17 Jun 2022.",
            NecDisabled2022()),
        new("NEC youth representative 2022",
            "Individual members aged under 27 on 17 Jun 2022.",
            NecYouth2022()),
        new("NEC BAME representative 2024",
            "Individual members who self-identified as BAME by 23 Feb 2024.",
            NecBame2024()),
        new("NEC Welsh representative 2022",
            "Members and affiliated supporters in Wales, as held at 23:59 on 17 Jun 2022.",
            NecWelsh2022()),
        new("NEC local government representatives",
            "Labour councillors (members of the Association of Labour Councillors) who are full members.",
            NecLocalGovernment()),
        new("National Policy Forum regional places",
            "Individual members in one region or nation, paid up; each region elects its own representatives.",
            NpfRegion(LondonCode, new DateOnly(2024, 7, 31))),
        new("London Assembly selection 2020",
            "London members continuously in membership since 26 Sep 2018 and not in arrears when the ballot opened on 5 Feb 2020.",
            LondonAssembly2020()),
        new("CLP nomination meeting",
            "Members who joined by the cut-off, are past the 8 weeks' provisional period on the meeting date and are not in arrears (Walthamstow, 11 Feb 2020).",
            ClpNominationMeeting(new DateOnly(2020, 2, 11), new DateOnly(2019, 12, 17))),
        new("Any organisation: full members, paid up",
            "A starting point for any organisation: full members whose subscription is paid up on the date of the roll.",
            Generic(new DateOnly(2026, 1, 1))),
    ];

    /// <summary>
    /// §5.3, §5.5, §1.2 [S33][S34][S30]: freeze at 17:00 on 20 Jan 2020 for members and affiliated supporters;
    /// members in full compliance, arrears included, by 14 Feb 2020. Registered supporters (abolished 2021) are not modelled.
    /// </summary>
    public static Rulebook LeaderAndDeputy2020() => new(
        "labour-leader-deputy-2020",
        1,
        "Labour Leader and Deputy Leader 2020",
        [
            new JoinedByRule(LocalCutoff.At(new DateOnly(2020, 1, 20), new TimeOnly(17, 0))),
            new AnyOfRule(
            [
                new AllOfRule(
                [
                    new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
                    new StatusRule(s_members),
                    new PaidUpByRule(new DateOnly(2020, 2, 14)),
                ]),
                new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Only),
            ]),
        ],
        Source: "labour-rules.md §1.2, §5.3, §5.5 [S33][S34][S30]");

    /// <summary>§1.2, §2.3.1 [S9][S5][S24]: joined on or before 24 Aug 2020, fully paid up by 19 Oct 2020; no affiliated supporters.</summary>
    public static Rulebook NecClpSection2020() => new(
        "labour-nec-clp-2020",
        1,
        "Labour NEC CLP section 2020",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule(s_members),
            new JoinedByRule(LocalCutoff.EndOfDay(new DateOnly(2020, 8, 24))),
            new PaidUpByRule(new DateOnly(2020, 10, 19)),
        ],
        Source: "labour-rules.md §1.2, §2.3.1 [S9][S5][S24]");

    /// <summary>§1.4, §3.2 [S16]: OMOV of members who self-identified as disabled before 23:59 on 17 Jun 2022.</summary>
    public static Rulebook NecDisabled2022() => new(
        "labour-nec-disabled-2022",
        1,
        "Labour NEC disabled members' representative 2022",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule(s_members),
            new SectionDeclaredRule(Section.Disabled, LocalCutoff.At(new DateOnly(2022, 6, 17), new TimeOnly(23, 59))),
        ],
        Source: "labour-rules.md §1.4, §3.2 [S16]");

    /// <summary>
    /// §3.1 [S17]: "all members aged under 27 before 23:59 on 17 Jun 2022". Ages change at midnight, so
    /// "under 27 before 23:59 on 17 Jun" is read as under 27 on 17 Jun 2022.
    /// </summary>
    public static Rulebook NecYouth2022() => new(
        "labour-nec-youth-2022",
        1,
        "Labour NEC youth representative 2022",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule(s_members),
            new AgeUnderRule(27, new DateOnly(2022, 6, 17)),
        ],
        Source: "labour-rules.md §3.1 [S17]");

    /// <summary>§1.4, §3.3 [S24][S14]: members self-identified as BAME by 23 Feb 2024 (the 2024 spring ballots' cut-off).</summary>
    public static Rulebook NecBame2024() => new(
        "labour-nec-bame-2024",
        1,
        "Labour NEC BAME representative 2024",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule(s_members),
            new SectionDeclaredRule(Section.Bame, LocalCutoff.EndOfDay(new DateOnly(2024, 2, 23))),
        ],
        Source: "labour-rules.md §1.4, §3.3 [S24][S14]");

    /// <summary>
    /// §3.4 [S18]: all eligible members and affiliated supporters living in Wales before 23:59 on 17 Jun 2022.
    /// "Living in Wales" is read from the member's local party, which the register assigns by address.
    /// </summary>
    public static Rulebook NecWelsh2022(string walesCode = WalesCode) => new(
        "labour-nec-welsh-2022",
        1,
        "Labour NEC Welsh representative 2022",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Included),
            new WithinUnitRule(walesCode),
            new JoinedByRule(LocalCutoff.At(new DateOnly(2022, 6, 17), new TimeOnly(23, 59))),
            new StatusRule(s_members),
        ],
        Source: "labour-rules.md §3.4 [S18]");

    /// <summary>§1.1, §3.6 [S8][S19]: OMOV of Labour councillors (with directly elected mayors and PCCs, flagged as councillors in the register).</summary>
    public static Rulebook NecLocalGovernment() => new(
        "labour-nec-local-government",
        1,
        "Labour NEC local government representatives",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule([MemberStatus.Full]),
            new CouncillorRule(),
        ],
        Source: "labour-rules.md §1.1, §3.6 [S8][S19]");

    /// <summary>§4.1 [S24]: members vote only for their own region's or nation's NPF representatives.</summary>
    public static Rulebook NpfRegion(string regionCode, DateOnly paidUpOn) => new(
        $"labour-npf-region-{regionCode.ToLowerInvariant()}",
        1,
        $"Labour National Policy Forum: CLP places for {regionCode}",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule(s_members),
            new WithinUnitRule(regionCode),
            new NotInArrearsRule(paidUpOn),
        ],
        Source: "labour-rules.md §4.1 [S24]");

    /// <summary>
    /// §8.1, §8.2 [S54][S31]: the notice in the Walthamstow CLP blog of 8 Feb 2020 says "You have to have been a
    /// continuous member from 26 September 2018 to the present and not in membership subscription arrears
    /// to be eligible to vote"; the ballot ran 5–19 Feb 2020 for members in London.
    /// </summary>
    public static Rulebook LondonAssembly2020(string londonCode = LondonCode) => new(
        "labour-london-assembly-2020",
        1,
        "London Assembly Member selections 2020",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule(s_members),
            new WithinUnitRule(londonCode),
            new ContinuousSinceRule(new DateOnly(2018, 9, 26)),
            new NotInArrearsRule(new DateOnly(2020, 2, 5)),
        ],
        Source: "labour-rules.md §8.1, §8.2 [S54][S31]");

    /// <summary>
    /// §1.3, §6.1 [S36][S38]: members past the 8 weeks' provisional period on the meeting date and not in
    /// arrears on it; the CLP also sets a member-since cut-off (Walthamstow 2020: members since on or
    /// before 17 Dec 2019 for the meeting of 11 Feb 2020, per its blog [S31]). No supporters, not even as observers.
    /// </summary>
    public static Rulebook ClpNominationMeeting(DateOnly meetingDate, DateOnly memberSince) => new(
        $"clp-nomination-meeting-{meetingDate:yyyy-MM-dd}",
        1,
        $"CLP nomination meeting on {meetingDate:yyyy-MM-dd}",
        [
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Excluded),
            new StatusRule(s_members),
            new JoinedByRule(LocalCutoff.EndOfDay(memberSince)),
            new ContinuousMembershipRule(meetingDate, Weeks: 8),
            new NotInArrearsRule(meetingDate),
        ],
        Source: "labour-rules.md §1.3, §6.1 [S36][S38][S31]");

    /// <summary>Any organisation: full members, paid up on the roll date. Not Labour-specific.</summary>
    public static Rulebook Generic(DateOnly paidUpOn, string timeZone = Rulebook.DefaultTimeZone) => new(
        "generic-full-members-paid-up",
        1,
        "Full members, paid up",
        [
            new StatusRule([MemberStatus.Full]),
            new NotInArrearsRule(paidUpOn),
        ],
        timeZone,
        "generic");
}
