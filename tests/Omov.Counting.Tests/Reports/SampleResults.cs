using Omov.Counting.Arithmetic;
using Omov.Counting.Ties;

namespace Omov.Counting.Tests.Reports;

/// <summary>
/// Hand-built counts for the report tests: reports must not depend on any counting method,
/// so these are worked by hand and checked to balance (totals + non-transferable = valid vote).
/// </summary>
internal static class SampleResults
{
    private const CandidateStatus H = CandidateStatus.Hopeful;
    private const CandidateStatus E = CandidateStatus.Elected;
    private const CandidateStatus X = CandidateStatus.Excluded;
    private const CandidateStatus W = CandidateStatus.Withdrawn;

    /// <summary>
    /// Two seats, 100 valid votes, ERS97-style 2 dp, quota 33.34. Stage 1: Ann elected.
    /// Stage 2: her surplus of 6.66 goes to Ben at 0.16 a paper (40 papers: +6.40, 0.26 lost).
    /// Stage 3: Cath and Dora equal at every stage, Dora excluded by lot; 10 of her papers go
    /// to Cath, 8 exhaust. Stage 4: one seat left and at least 1 woman needed, so Ben is
    /// excluded and Cath elected. Ed withdrew. Cath's name is awkward on purpose.
    /// </summary>
    public static CountResult SmallStv()
    {
        string[] names = ["Ann AMES", "Ben BROWN", "Cath \"CJ\" COLE, Jr. <Lab & Co>", "Dora DEE", "Ed EVANS"];
        var quota = V("33.34");
        return new CountResult
        {
            Method = "ers97",
            Title = "Example NEC section",
            Seats = 2,
            Candidates = names,
            ValidBallots = 100,
            InvalidBallots = 3,
            Decimals = 2,
            Quota = quota,
            Stages =
            [
                new Stage
                {
                    Number = 1,
                    Action = StageAction.FirstPreferences,
                    Votes = [V("40"), V("24"), V("18"), V("18"), V("0")],
                    NonTransferable = V("0"),
                    Quota = quota,
                    Elected = [0],
                    Statuses = [E, H, H, H, W],
                },
                new Stage
                {
                    Number = 2,
                    Action = StageAction.Surplus,
                    Subjects = [0],
                    Votes = [V("33.34"), V("30.40"), V("18"), V("18"), V("0")],
                    NonTransferable = V("0.26"),
                    Quota = quota,
                    TransferValue = V("0.16"),
                    Statuses = [E, H, H, H, W],
                },
                new Stage
                {
                    Number = 3,
                    Action = StageAction.Exclusion,
                    Subjects = [3],
                    Votes = [V("33.34"), V("30.40"), V("28"), V("0"), V("0")],
                    NonTransferable = V("8.26"),
                    Quota = quota,
                    TransferValue = V("1"),
                    Excluded = [3],
                    Notes = ["Cath \"CJ\" COLE, Jr. <Lab & Co> and Dora DEE were equal at every stage; Dora DEE excluded by lot."],
                    Statuses = [E, H, H, X, W],
                },
                new Stage
                {
                    Number = 4,
                    Action = StageAction.Declaration,
                    Votes = [V("33.34"), V("30.40"), V("28"), V("0"), V("0")],
                    NonTransferable = V("8.26"),
                    Quota = quota,
                    Elected = [2],
                    Excluded = [1],
                    Notes = ["Ben BROWN excluded: at least 1 of group 'women' must be elected and 1 seat is left (rule 2.4)."],
                    Statuses = [E, X, E, X, W],
                },
            ],
            Elected = [0, 2],
            Excluded = [3, 1],
            Withdrawn = [4],
            TieBreaks = [new TieBreak(3, TiePurpose.Exclude, [2, 3], 3, TieResolution.Lot, null)],
            TieBreakSeed = "5eed0fca11ab1e00",
            Limits = [new GroupLimit("women", GroupLimitKind.Minimum, 1)],
            Groups = new Dictionary<string, IReadOnlyList<int>> { ["women"] = [2, 3] },
            Notes = ["2 ballots were cut at a repeated preference."],
        };
    }

    /// <summary>A count of many stages (one exclusion each), to show how the text sheet splits wide tables.</summary>
    public static CountResult ManyStages()
    {
        const int candidates = 6;
        const int stageCount = 14;
        var names = Enumerable.Range(1, candidates).Select(i => $"Candidate {i}").ToArray();
        var stages = new List<Stage>();
        for (var s = 0; s < stageCount; s++)
        {
            // Candidate 1 gains 10 a stage from candidate 6 until both have moved 130 votes;
            // only the figures matter here, and they balance at 1,000.
            Votes[] votes = [V("100") + V("10").Times(s), V("200"), V("150"), V("150"), V("100"), V("300") - V("10").Times(s)];
            stages.Add(new Stage
            {
                Number = s + 1,
                Action = s == 0 ? StageAction.FirstPreferences : StageAction.Surplus,
                Subjects = s == 0 ? [] : [5],
                Votes = votes,
                NonTransferable = Votes.Zero,
                Statuses = [H, H, H, H, H, E],
                Elected = s == 0 ? [5] : [],
            });
        }

        return new CountResult
        {
            Method = "meek",
            Title = "Wide count",
            Seats = 1,
            Candidates = names,
            ValidBallots = 1000,
            InvalidBallots = 0,
            Decimals = 6,
            Stages = stages,
            Elected = [5],
            Excluded = [],
            TieBreakSeed = "0",
        };
    }

    private static Votes V(string text) => Votes.Parse(text);
}
