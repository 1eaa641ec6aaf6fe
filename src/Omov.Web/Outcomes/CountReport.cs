using System.Globalization;
using System.Text.Json;

namespace Omov.Web.Outcomes;

/// <summary>
/// A stored count (Omov.Counting's JSON report) read back for a page: the figures are kept as the
/// exact text the count wrote, and parsed as decimals only to size the chart's bars.
/// </summary>
internal sealed class CountReport
{
    private CountReport(JsonElement root)
    {
        Title = root.GetProperty("title").GetString() ?? "";
        Method = root.GetProperty("method").GetString() ?? "";
        Seats = root.GetProperty("seats").GetInt32();
        ValidBallots = root.GetProperty("valid_ballots").GetInt64();
        InvalidBallots = root.GetProperty("invalid_ballots").GetInt64();
        Quota = root.GetProperty("quota").ValueKind == JsonValueKind.Null ? null : root.GetProperty("quota").GetRawText();
        Candidates = Strings(root, "candidates");
        Elected = Strings(root, "elected");
        Excluded = Strings(root, "excluded");
        TieBreakSeed = root.GetProperty("tie_break_seed").GetString() ?? "";
        Notes = Strings(root, "notes");
        Stages = [.. root.GetProperty("stages").EnumerateArray().Select(stage => new ReportStage(
            stage.GetProperty("number").GetInt32(),
            stage.GetProperty("action").GetString() ?? "",
            Strings(stage, "subject"),
            [.. Candidates.Select(c => stage.GetProperty("votes").GetProperty(c).GetRawText())],
            stage.GetProperty("non_transferable").GetRawText(),
            Strings(stage, "elected"),
            Strings(stage, "excluded"),
            Strings(stage, "notes")))];
        TieBreaks = [.. root.GetProperty("tie_breaks").EnumerateArray().Select(t => string.Create(CultureInfo.InvariantCulture,
            $"Stage {t.GetProperty("stage").GetInt32()}: {string.Join(", ", Strings(t, "tied"))} tied ({t.GetProperty("purpose").GetString()}); {t.GetProperty("chosen").GetString()} chosen by {t.GetProperty("resolution").GetString()}."))];
        Limits = [.. root.GetProperty("limits").EnumerateArray().Select(l => string.Create(CultureInfo.InvariantCulture,
            $"{(l.GetProperty("kind").GetString() == "minimum" ? "at least" : "at most")} {l.GetProperty("count").GetInt32()} {l.GetProperty("group").GetString()}"))];
    }

    public string Title { get; }

    public string Method { get; }

    public int Seats { get; }

    public long ValidBallots { get; }

    public long InvalidBallots { get; }

    public string? Quota { get; }

    public IReadOnlyList<string> Candidates { get; }

    public IReadOnlyList<string> Elected { get; }

    public IReadOnlyList<string> Excluded { get; }

    public IReadOnlyList<ReportStage> Stages { get; }

    public IReadOnlyList<string> TieBreaks { get; }

    public IReadOnlyList<string> Limits { get; }

    public string TieBreakSeed { get; }

    public IReadOnlyList<string> Notes { get; }

    /// <summary>The last stage (the final totals).</summary>
    public ReportStage Final => Stages[^1];

    /// <summary>Reads a stored report.</summary>
    public static CountReport Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return new CountReport(document.RootElement.Clone());
    }

    /// <summary>A figure as a number, for sizing a bar.</summary>
    public static decimal Number(string figure) => decimal.TryParse(figure, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : 0m;

    private static List<string> Strings(JsonElement element, string property) =>
        element.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? [.. array.EnumerateArray().Select(e => e.GetString() ?? "")]
            : [];
}
