using System.Globalization;

namespace Omov.Counting.Reports;

/// <summary>
/// Writes a count as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// quote or line break): a header, then one row per candidate per stage and one
/// non-transferable row per stage, for spreadsheets and scripts.
/// </summary>
/// <remarks>
/// Columns: <c>stage,action,candidate,votes,status</c>. <c>votes</c> has the method's decimal
/// places with a point whatever the machine's culture; <c>status</c> is the candidate's
/// standing after the stage (<c>hopeful</c>, <c>elected</c>, <c>excluded</c>,
/// <c>withdrawn</c>), empty on the non-transferable row, whose candidate is
/// <see cref="NonTransferableLabel"/>.
/// </remarks>
public static class CsvReport
{
    /// <summary>The <c>candidate</c> value of the non-transferable rows.</summary>
    public const string NonTransferableLabel = "Non-transferable";

    /// <summary>Writes <paramref name="result"/> to <paramref name="output"/>.</summary>
    public static void Write(CountResult result, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        output.Write("stage,action,candidate,votes,status\r\n");
        foreach (var stage in result.Stages)
        {
            var number = stage.Number.ToString(CultureInfo.InvariantCulture);
            var action = ReportLabels.Action(stage.Action);
            for (var c = 0; c < result.Candidates.Count; c++)
            {
                WriteRow(output, number, action, result.Candidates[c], stage.Votes[c].ToString(result.Decimals), ReportLabels.Status(stage.Statuses[c]));
            }

            WriteRow(output, number, action, NonTransferableLabel, stage.NonTransferable.ToString(result.Decimals), string.Empty);
        }
    }

    private static void WriteRow(TextWriter output, params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0)
            {
                output.Write(',');
            }

            output.Write(Quote(fields[i]));
        }

        output.Write("\r\n");
    }

    /// <summary>A field as RFC 4180 writes it: quoted, with quotes doubled, when it must be.</summary>
    internal static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (field.Length > 0 && (field[0] == ' ' || field[^1] == ' '))
            ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : field;
}
