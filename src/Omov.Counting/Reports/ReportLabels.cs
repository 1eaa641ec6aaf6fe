using System.Globalization;
using Omov.Counting.Ties;

namespace Omov.Counting.Reports;

/// <summary>
/// The words every report uses for actions, statuses and ties, kept in one place so that the
/// JSON field values, the CSV columns and the text sheet never drift apart.
/// </summary>
internal static class ReportLabels
{
    /// <summary>The JSON/CSV name of an action, as <c>data/README.md</c> spells it.</summary>
    public static string Action(StageAction action) => action switch
    {
        StageAction.FirstPreferences => "first-preferences",
        StageAction.Surplus => "surplus",
        StageAction.Exclusion => "exclusion",
        StageAction.Declaration => "declaration",
        StageAction.Substitution => "substitution",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>A short heading for a stage column of a result sheet.</summary>
    public static string ActionHeading(StageAction action) => action switch
    {
        StageAction.FirstPreferences => "First prefs",
        StageAction.Surplus => "Surplus",
        StageAction.Exclusion => "Exclusion",
        StageAction.Declaration => "Declaration",
        StageAction.Substitution => "Substitution",
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    public static string Status(CandidateStatus status) => status switch
    {
        CandidateStatus.Hopeful => "hopeful",
        CandidateStatus.Elected => "elected",
        CandidateStatus.Excluded => "excluded",
        CandidateStatus.Withdrawn => "withdrawn",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static string Purpose(TiePurpose purpose) => purpose switch
    {
        TiePurpose.Exclude => "exclude",
        TiePurpose.TransferFirst => "transfer-first",
        TiePurpose.Elect => "elect",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    public static string Resolution(TieResolution resolution) => resolution switch
    {
        TieResolution.LookBack => "look-back",
        TieResolution.Lot => "lot",
        _ => throw new ArgumentOutOfRangeException(nameof(resolution), resolution, null),
    };

    public static string LimitKind(GroupLimitKind kind) => kind switch
    {
        GroupLimitKind.Minimum => "minimum",
        GroupLimitKind.Maximum => "maximum",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>A limit in words: "at least 4 of group 'women'".</summary>
    public static string Limit(GroupLimit limit) =>
        string.Create(CultureInfo.InvariantCulture, $"{(limit.Kind == GroupLimitKind.Minimum ? "at least" : "at most")} {limit.Count} of group '{limit.Group}'");

    /// <summary>A tie in words, naming the candidates and how it was settled.</summary>
    public static string Tie(TieBreak tie, IReadOnlyList<string> candidates, string seed)
    {
        var tied = Names(tie.Tied, candidates);
        var what = tie.Purpose switch
        {
            TiePurpose.Exclude => "to exclude",
            TiePurpose.TransferFirst => "for which surplus to transfer first",
            _ => "to elect",
        };
        var how = tie.Resolution == TieResolution.LookBack
            ? string.Create(CultureInfo.InvariantCulture, $"by looking back to stage {tie.LookBackStage}")
            : $"by lot (seed {seed})";
        return string.Create(CultureInfo.InvariantCulture, $"stage {tie.Stage}: {tied} tied {what}; {candidates[tie.Chosen]} chosen {how}");
    }

    /// <summary>Names joined with commas and a final "and".</summary>
    public static string Names(IReadOnlyList<int> indices, IReadOnlyList<string> candidates)
    {
        if (indices.Count == 0)
        {
            return "nobody";
        }

        if (indices.Count == 1)
        {
            return candidates[indices[0]];
        }

        var names = indices.Select(i => candidates[i]).ToArray();
        return string.Join(", ", names[..^1]) + " and " + names[^1];
    }

    /// <summary>Candidates' totals plus non-transferable: the valid vote, when the count balances.</summary>
    public static Arithmetic.Votes Total(Stage stage)
    {
        var total = stage.NonTransferable;
        foreach (var votes in stage.Votes)
        {
            total += votes;
        }

        return total;
    }
}
