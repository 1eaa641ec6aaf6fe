using System.Text;
using Omov.Counting;
using Omov.Counting.Ballots;
using Omov.Counting.Blt;
using Omov.Counting.Reports;

namespace Omov.Cli.Output;

/// <summary>Turns a count (or, for BLT, the ballots) into the chosen format.</summary>
internal static class ReportWriter
{
    public static readonly string[] Names = ["text", "json", "csv", "html", "blt"];

    public static ReportFormat Parse(string name) => name.ToLowerInvariant() switch
    {
        "json" => ReportFormat.Json,
        "csv" => ReportFormat.Csv,
        "html" => ReportFormat.Html,
        "blt" => ReportFormat.Blt,
        _ => ReportFormat.Text,
    };

    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Json => ".json",
        ReportFormat.Csv => ".csv",
        ReportFormat.Html => ".html",
        ReportFormat.Blt => ".blt",
        _ => ".txt",
    };

    /// <summary>The report as text (all formats are UTF-8 text).</summary>
    public static string Render(ReportFormat format, CountResult? result, BallotBox ballots, string fileName)
    {
        using var writer = new StringWriter(new StringBuilder(), System.Globalization.CultureInfo.InvariantCulture);
        switch (format)
        {
            case ReportFormat.Blt:
                writer.Write(Encoding.UTF8.GetString(BltWriter.ToBytes(ballots)));
                break;
            case ReportFormat.Json:
                JsonReport.Write(result!, writer, fileName);
                break;
            case ReportFormat.Csv:
                CsvReport.Write(result!, writer);
                break;
            case ReportFormat.Html:
                HtmlReport.Write(result!, writer, fileName);
                break;
            default:
                TextReport.Write(result!, writer, fileName);
                break;
        }

        return writer.ToString();
    }
}
