using System.Globalization;
using System.Net;
using System.Text;
using Omov.Counting.Arithmetic;

namespace Omov.Counting.Reports;

/// <summary>
/// Writes a count as one self-contained HTML page: a summary, the stage table and, for each
/// stage, a bar chart of the candidates' totals against the quota. No script, no external
/// file, so it can be mailed, archived or published as it is.
/// </summary>
/// <remarks>
/// The bars are CSS boxes whose widths are computed in integer arithmetic from the exact
/// totals; the figures beside them repeat the table, so the chart adds nothing a screen
/// reader would miss. Every name is HTML-encoded.
/// </remarks>
public static class HtmlReport
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1b1b;line-height:1.4}
        h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1rem;margin:0 0 .5rem}
        dl.summary{display:grid;grid-template-columns:max-content auto;gap:.25rem 1rem}dl.summary dt{font-weight:600}dl.summary dd{margin:0}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:600;padding:.5rem 0}
        th,td{border:1px solid #c8c8c8;padding:.25rem .5rem}td.num{text-align:right;white-space:nowrap}thead th{background:#f0f0f0;vertical-align:bottom}
        th[scope=row]{text-align:left;font-weight:normal}
        .elected{background:#dff3e4}.excluded{background:#f6e0e0;color:#5a1a1a}.withdrawn{color:#6b6b6b}
        td.elected,td.excluded{font-weight:600}
        .change{display:block;font-size:.8em;color:#4a4a4a}
        figure.chart{margin:1.5rem 0;border:1px solid #e0e0e0;padding:1rem}
        .bar-row{display:grid;grid-template-columns:minmax(8rem,18rem) 1fr 7rem;gap:.5rem;align-items:center;margin:.15rem 0}
        .bar-name{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
        .track{position:relative;height:1.1rem;background:#f4f4f4}
        .bar{position:absolute;left:0;top:0;bottom:0;background:#6d7fa6}
        .bar-row.elected .bar{background:#2e7d4f}.bar-row.excluded .bar{background:#b24a4a}
        .quota{position:absolute;top:-.2rem;bottom:-.2rem;border-left:2px dashed #1b1b1b}
        .bar-value{text-align:right;font-variant-numeric:tabular-nums}
        .legend{font-size:.9em;color:#4a4a4a}
        """;

    /// <summary>Writes <paramref name="result"/> as an HTML page to <paramref name="output"/>.</summary>
    /// <param name="result">The count.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="file">The ballot file's name, shown in the summary (omitted when null).</param>
    public static void Write(CountResult result, TextWriter output, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        var html = new StringBuilder();
        var names = result.Candidates;
        var d = result.Decimals;
        var title = result.Title.Length > 0 ? result.Title : "Untitled count";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(E(title)).Append(" - result</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        html.Append("<h1>").Append(E(title)).Append("</h1>\n");

        html.Append("<dl class=\"summary\">\n");
        if (file is not null)
        {
            Term(html, "File", E(file));
        }

        Term(html, "Method", Invariant($"{E(result.Method)} ({result.Decimals} decimal places)"));
        Term(html, "Seats", Invariant($"{result.Seats}"));
        Term(html, "Valid ballots", Invariant($"{result.ValidBallots:N0}"));
        Term(html, "Invalid ballots", Invariant($"{result.InvalidBallots:N0}"));
        if (result.Quota is { } quota)
        {
            Term(html, "Quota", quota.ToString(d));
        }

        Term(html, "Elected", List(result.Elected, names));
        if (result.Excluded.Count > 0)
        {
            Term(html, "Excluded", List(result.Excluded, names));
        }

        if (result.Withdrawn.Count > 0)
        {
            Term(html, "Withdrawn", List(result.Withdrawn, names));
        }

        foreach (var limit in result.Limits)
        {
            var members = result.Groups.TryGetValue(limit.Group, out var group) ? ReportLabels.Names(group, names) : "no candidates";
            Term(html, "Constraint", E($"{ReportLabels.Limit(limit)}: {members}"));
        }

        html.Append("</dl>\n");

        WriteTable(result, html);
        WriteNotes(result, html);
        WriteCharts(result, html);
        html.Append("</main>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void WriteTable(CountResult result, StringBuilder html)
    {
        var names = result.Candidates;
        var d = result.Decimals;
        var stages = result.Stages;
        html.Append("<h2>Stages</h2>\n<div class=\"table-wrap\">\n<table>\n");
        html.Append("<caption>Each candidate's total after every stage, with the change at that stage</caption>\n<thead>\n<tr><th scope=\"col\">Candidate</th>");
        foreach (var stage in stages)
        {
            html.Append(Invariant($"<th scope=\"col\">Stage {stage.Number}<br>{E(ReportLabels.ActionHeading(stage.Action))}"));
            if (stage.Subjects.Count > 0)
            {
                html.Append("<br>of ").Append(E(ReportLabels.Names(stage.Subjects, names)));
            }

            html.Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        for (var c = 0; c < names.Count; c++)
        {
            var final = stages.Count > 0 ? stages[^1].Statuses[c] : CandidateStatus.Hopeful;
            html.Append("<tr><th scope=\"row\"");
            if (final != CandidateStatus.Hopeful)
            {
                html.Append(" class=\"").Append(ReportLabels.Status(final)).Append('"');
            }

            html.Append('>').Append(E(names[c]));
            if (final is CandidateStatus.Elected or CandidateStatus.Withdrawn)
            {
                html.Append(" (").Append(ReportLabels.Status(final)).Append(')');
            }

            html.Append("</th>");
            for (var s = 0; s < stages.Count; s++)
            {
                var stage = stages[s];
                if (stage.Statuses[c] == CandidateStatus.Withdrawn)
                {
                    html.Append("<td class=\"num withdrawn\">&#8211;</td>");
                    continue;
                }

                var marker = stage.Elected.Contains(c) ? "elected" : stage.Excluded.Contains(c) ? "excluded" : null;
                html.Append(marker is null ? "<td class=\"num\">" : $"<td class=\"num {marker}\">");
                html.Append(stage.Votes[c].ToString(d));
                if (marker is not null)
                {
                    html.Append(' ').Append(marker);
                }

                AppendChange(html, s == 0 ? null : stage.Votes[c] - stages[s - 1].Votes[c], d);
                html.Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n<tfoot>\n<tr><th scope=\"row\">Non-transferable</th>");
        for (var s = 0; s < stages.Count; s++)
        {
            html.Append("<td class=\"num\">").Append(stages[s].NonTransferable.ToString(d));
            AppendChange(html, s == 0 ? null : stages[s].NonTransferable - stages[s - 1].NonTransferable, d);
            html.Append("</td>");
        }

        html.Append("</tr>\n<tr><th scope=\"row\">Total</th>");
        foreach (var stage in stages)
        {
            html.Append("<td class=\"num\">").Append(ReportLabels.Total(stage).ToString(d)).Append("</td>");
        }

        html.Append("</tr>\n");
        if (stages.Any(s => s.Quota is not null))
        {
            html.Append("<tr><th scope=\"row\">Quota</th>");
            foreach (var stage in stages)
            {
                html.Append("<td class=\"num\">").Append(stage.Quota?.ToString(d) ?? string.Empty).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tfoot>\n</table>\n</div>\n");
    }

    private static void WriteNotes(CountResult result, StringBuilder html)
    {
        var names = result.Candidates;
        var notes = result.Notes.Concat(result.Stages.SelectMany(s => s.Notes.Select(n => Invariant($"Stage {s.Number}: {n}")))).ToList();
        if (notes.Count > 0)
        {
            html.Append("<h2>Notes</h2>\n<ul>\n");
            foreach (var note in notes)
            {
                html.Append("<li>").Append(E(note)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (result.TieBreaks.Count > 0)
        {
            html.Append("<h2>Ties</h2>\n<ul>\n");
            foreach (var tie in result.TieBreaks)
            {
                html.Append("<li>").Append(E(ReportLabels.Tie(tie, names, result.TieBreakSeed))).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("<p>Lot seed: <code>").Append(E(result.TieBreakSeed)).Append("</code>. A recount with <code>--tie-break seed=")
            .Append(E(result.TieBreakSeed)).Append("</code> draws the same lots.</p>\n");
    }

    private static void WriteCharts(CountResult result, StringBuilder html)
    {
        var names = result.Candidates;
        var d = result.Decimals;
        html.Append("<h2>Charts</h2>\n<p class=\"legend\">Bars show each candidate's total after the stage; the dashed line is the quota.</p>\n");

        // One scale for every chart, so that bars can be compared from stage to stage.
        var scale = Votes.Zero;
        foreach (var stage in result.Stages)
        {
            scale = Votes.Max(scale, stage.Quota ?? Votes.Zero);
            foreach (var votes in stage.Votes)
            {
                scale = Votes.Max(scale, votes);
            }
        }

        foreach (var stage in result.Stages)
        {
            html.Append("<figure class=\"chart\">\n<figcaption><h3>").Append(Invariant($"Stage {stage.Number}: {E(ReportLabels.ActionHeading(stage.Action))}"));
            if (stage.Subjects.Count > 0)
            {
                html.Append(" of ").Append(E(ReportLabels.Names(stage.Subjects, names)));
            }

            html.Append("</h3></figcaption>\n");
            for (var c = 0; c < names.Count; c++)
            {
                var status = stage.Statuses[c];
                if (status == CandidateStatus.Withdrawn)
                {
                    continue;
                }

                var css = status == CandidateStatus.Hopeful ? "bar-row" : "bar-row " + ReportLabels.Status(status);
                html.Append("<div class=\"").Append(css).Append("\"><span class=\"bar-name\" title=\"").Append(E(names[c])).Append("\">")
                    .Append(E(names[c])).Append("</span><span class=\"track\" aria-hidden=\"true\"><span class=\"bar\" style=\"width:")
                    .Append(Percent(stage.Votes[c], scale)).Append("\"></span>");
                if (stage.Quota is { } quota)
                {
                    html.Append("<span class=\"quota\" style=\"left:").Append(Percent(quota, scale)).Append("\"></span>");
                }

                html.Append("</span><span class=\"bar-value\">").Append(stage.Votes[c].ToString(d));
                if (status != CandidateStatus.Hopeful)
                {
                    html.Append(' ').Append(ReportLabels.Status(status));
                }

                html.Append("</span></div>\n");
            }

            html.Append("</figure>\n");
        }
    }

    private static void AppendChange(StringBuilder html, Votes? change, int decimals)
    {
        if (change is { IsZero: false } value)
        {
            html.Append("<span class=\"change\">").Append(value > Votes.Zero ? "+" : string.Empty).Append(value.ToString(decimals)).Append("</span>");
        }
    }

    /// <summary>A CSS percentage to two places, computed exactly from the units (no floating point).</summary>
    private static string Percent(Votes value, Votes scale)
    {
        if (scale.Units <= 0 || value.Units <= 0)
        {
            return "0%";
        }

        var hundredths = (long)((Int128)value.Units * 10_000 / scale.Units);
        return Invariant($"{hundredths / 100}.{hundredths % 100:D2}%");
    }


    private static void Term(StringBuilder html, string term, string encodedValue) =>
        html.Append("<dt>").Append(term).Append("</dt><dd>").Append(encodedValue).Append("</dd>\n");

    private static string List(IReadOnlyList<int> who, IReadOnlyList<string> names) =>
        who.Count == 0 ? "nobody" : string.Join(", ", who.Select(c => E(names[c])));

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
