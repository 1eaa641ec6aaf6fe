using System.Globalization;
using System.Text;
using Omov.Counting.Arithmetic;

namespace Omov.Counting.Reports;

/// <summary>
/// Writes a count as a plain-text result sheet in the style of a returning officer's
/// stage-by-stage report: a header, one row per candidate with a column per stage (the total
/// after the stage and, beneath it, the change), the non-transferable and total rows, and then
/// who was elected and excluded, the notes, every tie and the lot seed.
/// </summary>
/// <remarks>
/// A count with many stages is split into blocks of stage columns that each fit
/// <see cref="DefaultWidth"/> characters, so it reads in a terminal and prints on paper.
/// Lines end in LF and carry no trailing spaces; the text is the same on every run.
/// </remarks>
public static class TextReport
{
    /// <summary>The width the stage table is fitted to unless told otherwise.</summary>
    public const int DefaultWidth = 100;

    private const int MaxLabelWidth = 34;
    private const int MarkerWidth = 2;
    private const int Gap = 2;

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    /// <param name="result">The count.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="file">The ballot file's name, shown in the header (omitted when null).</param>
    /// <param name="width">The widest a line of the stage table may be.</param>
    public static void Write(CountResult result, TextWriter output, string? file = null, int width = DefaultWidth)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 40);
        var text = new StringBuilder();
        WriteHeader(result, text, file);
        WriteTable(result, text, width);
        WriteOutcome(result, text);
        output.Write(text.ToString());
    }

    private static void WriteHeader(CountResult result, StringBuilder text, string? file)
    {
        var title = result.Title.Length > 0 ? result.Title : "(untitled)";
        Line(text, title);
        Line(text, new string('=', Math.Min(title.Length, DefaultWidth)));
        if (file is not null)
        {
            Line(text, "File: " + file);
        }

        Line(text, Invariant($"Method: {result.Method} ({result.Decimals} decimal places)"));
        var quota = result.Quota is { } q ? "    Quota: " + q.ToString(result.Decimals) : string.Empty;
        Line(text, Invariant($"Seats: {result.Seats}    Valid ballots: {result.ValidBallots:N0}    Invalid ballots: {result.InvalidBallots:N0}{quota}"));
        text.Append('\n');
    }

    private static void WriteTable(CountResult result, StringBuilder text, int width)
    {
        var stages = result.Stages;
        if (stages.Count == 0)
        {
            Line(text, "No stages.");
            text.Append('\n');
            return;
        }

        var names = result.Candidates;
        var decimals = result.Decimals;
        var labels = new string[names.Count];
        var truncated = false;
        for (var c = 0; c < names.Count; c++)
        {
            var label = Invariant($"{c + 1} {names[c]}");
            if (label.Length > MaxLabelWidth)
            {
                label = label[..(MaxLabelWidth - 3)].TrimEnd() + "...";
                truncated = true;
            }

            labels[c] = label;
        }

        string[] rowNames = ["Non-transferable", "Total", "Quota", "Stage"];
        var labelWidth = labels.Concat(rowNames).Max(l => l.Length);

        // One width for every stage column: the widest figure, heading or change in the count.
        var cell = 0;
        for (var s = 0; s < stages.Count; s++)
        {
            var stage = stages[s];
            cell = Math.Max(cell, ReportLabels.ActionHeading(stage.Action).Length);
            cell = Math.Max(cell, ReportLabels.Total(stage).ToString(decimals).Length);
            cell = Math.Max(cell, stage.NonTransferable.ToString(decimals).Length + 1);
            for (var c = 0; c < names.Count; c++)
            {
                cell = Math.Max(cell, stage.Votes[c].ToString(decimals).Length + 1);
            }
        }

        var column = Gap + cell + MarkerWidth;
        var perBlock = Math.Max(1, (width - labelWidth) / column);
        for (var first = 0; first < stages.Count; first += perBlock)
        {
            var last = Math.Min(stages.Count, first + perBlock) - 1;
            if (first > 0)
            {
                text.Append('\n');
            }

            if (stages.Count > perBlock)
            {
                Line(text, Invariant($"Stages {stages[first].Number} to {stages[last].Number} of {stages.Count}"));
            }

            var row = new StringBuilder();
            Row(text, row, "Stage", labelWidth, first, last, cell, s => (stages[s].Number.ToString(CultureInfo.InvariantCulture), string.Empty));
            Row(text, row, string.Empty, labelWidth, first, last, cell, s => (ReportLabels.ActionHeading(stages[s].Action), string.Empty));
            if (Enumerable.Range(first, last - first + 1).Any(s => stages[s].Subjects.Count > 0))
            {
                Row(text, row, string.Empty, labelWidth, first, last, cell, s => (Subject(stages[s], cell), string.Empty));
            }

            Line(text, new string('-', labelWidth + (column * (last - first + 1))));
            for (var c = 0; c < names.Count; c++)
            {
                var candidate = c;
                Row(text, row, labels[c], labelWidth, first, last, cell, s => stages[s].Statuses[candidate] == CandidateStatus.Withdrawn
                    ? ("-", string.Empty)
                    : (stages[s].Votes[candidate].ToString(decimals), Marker(stages[s], candidate)));
                if (HasChange(stages, first, last, s => stages[s].Votes[candidate]))
                {
                    Row(text, row, string.Empty, labelWidth, first, last, cell, s => (Change(stages, s, t => stages[t].Votes[candidate], decimals), string.Empty));
                }
            }

            Row(text, row, "Non-transferable", labelWidth, first, last, cell, s => (stages[s].NonTransferable.ToString(decimals), string.Empty));
            if (HasChange(stages, first, last, s => stages[s].NonTransferable))
            {
                Row(text, row, string.Empty, labelWidth, first, last, cell, s => (Change(stages, s, t => stages[t].NonTransferable, decimals), string.Empty));
            }

            Row(text, row, "Total", labelWidth, first, last, cell, s => (ReportLabels.Total(stages[s]).ToString(decimals), string.Empty));
            if (Enumerable.Range(first, last - first + 1).Any(s => stages[s].Quota is not null))
            {
                Row(text, row, "Quota", labelWidth, first, last, cell, s => (stages[s].Quota?.ToString(decimals) ?? string.Empty, string.Empty));
            }
        }

        text.Append('\n');
        Line(text, "E = elected at this stage, X = excluded at this stage, - = withdrawn; the line under a total is the change at that stage.");
        if (truncated)
        {
            Line(text, "Names cut short in the table are given in full below.");
        }

        text.Append('\n');
    }

    private static void WriteOutcome(CountResult result, StringBuilder text)
    {
        var names = result.Candidates;
        Line(text, "Candidates:");
        for (var c = 0; c < names.Count; c++)
        {
            Line(text, Invariant($"  {c + 1,3}. {names[c]}"));
        }

        text.Append('\n');
        Line(text, "Elected, in order of election:");
        WriteWithStage(result, text, result.Elected, s => s.Elected);
        if (result.Excluded.Count > 0)
        {
            Line(text, "Excluded, in order of exclusion:");
            WriteWithStage(result, text, result.Excluded, s => s.Excluded);
        }

        if (result.Withdrawn.Count > 0)
        {
            Line(text, "Withdrawn before the count: " + ReportLabels.Names(result.Withdrawn, names));
        }

        if (result.Limits.Count > 0)
        {
            Line(text, "Constraints:");
            foreach (var limit in result.Limits)
            {
                var members = result.Groups.TryGetValue(limit.Group, out var group) ? ReportLabels.Names(group, names) : "no candidates";
                Line(text, $"  {ReportLabels.Limit(limit)}: {members}");
            }
        }

        var notes = result.Stages.Where(s => s.Notes.Count > 0).ToList();
        if (notes.Count > 0 || result.Notes.Count > 0)
        {
            text.Append('\n');
            Line(text, "Notes:");
            foreach (var note in result.Notes)
            {
                Line(text, "  " + note);
            }

            foreach (var stage in notes)
            {
                foreach (var note in stage.Notes)
                {
                    Line(text, Invariant($"  Stage {stage.Number}: {note}"));
                }
            }
        }

        if (result.TieBreaks.Count > 0)
        {
            text.Append('\n');
            Line(text, "Ties:");
            foreach (var tie in result.TieBreaks)
            {
                Line(text, "  " + ReportLabels.Tie(tie, names, result.TieBreakSeed));
            }
        }

        text.Append('\n');
        if (result.TieBreakOrder is { Count: > 0 } order)
        {
            var numbers = string.Join(',', order.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture)));
            Line(text, "Lots follow the drawn order " + numbers + "; recount with --tie-break order=" + numbers + " to settle ties the same way.");
        }
        else
        {
            Line(text, $"Lot seed: {result.TieBreakSeed}; recount with --tie-break seed={result.TieBreakSeed} to draw the same lots.");
        }
    }

    private static void WriteWithStage(CountResult result, StringBuilder text, IReadOnlyList<int> who, Func<Stage, IReadOnlyList<int>> at)
    {
        if (who.Count == 0)
        {
            Line(text, "  nobody");
            return;
        }

        var position = 1;
        foreach (var c in who)
        {
            var stage = result.Stages.FirstOrDefault(s => at(s).Contains(c));
            var when = stage is null ? string.Empty : Invariant($" (stage {stage.Number})");
            Line(text, Invariant($"  {position++,3}. {result.Candidates[c]}{when}"));
        }
    }

    private static void Row(StringBuilder text, StringBuilder row, string label, int labelWidth, int first, int last, int cell, Func<int, (string Value, string Marker)> value)
    {
        row.Clear();
        row.Append(label.PadRight(labelWidth));
        for (var s = first; s <= last; s++)
        {
            var (figure, marker) = value(s);
            row.Append(' ', Gap).Append(figure.PadLeft(cell)).Append(marker.PadRight(MarkerWidth));
        }

        Line(text, row.ToString().TrimEnd());
    }

    private static string Subject(Stage stage, int cell)
    {
        if (stage.Subjects.Count == 0)
        {
            return string.Empty;
        }

        var subject = "of " + string.Join(',', stage.Subjects.Select(c => (c + 1).ToString(CultureInfo.InvariantCulture)));
        return subject.Length <= cell ? subject : Invariant($"of {stage.Subjects.Count} cands");
    }

    private static string Marker(Stage stage, int candidate) =>
        stage.Elected.Contains(candidate) ? " E" : stage.Excluded.Contains(candidate) ? " X" : string.Empty;

    private static bool HasChange(IReadOnlyList<Stage> stages, int first, int last, Func<int, Votes> value)
    {
        for (var s = Math.Max(1, first); s <= last; s++)
        {
            if (value(s) != value(s - 1))
            {
                return true;
            }
        }

        return false;
    }

    private static string Change(IReadOnlyList<Stage> stages, int s, Func<int, Votes> value, int decimals)
    {
        if (s == 0)
        {
            return string.Empty;
        }

        var change = value(s) - value(s - 1);
        return change.IsZero ? string.Empty : change > Votes.Zero ? "+" + change.ToString(decimals) : change.ToString(decimals);
    }


    private static void Line(StringBuilder text, string line) => text.Append(line).Append('\n');

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
