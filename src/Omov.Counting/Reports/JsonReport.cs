using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Omov.Counting.Arithmetic;

namespace Omov.Counting.Reports;

/// <summary>
/// Writes a count as JSON in the layout of <c>data/README.md</c> (the field names of the
/// reference <c>*.expected.json</c> files), so a count can be compared with them directly.
/// </summary>
/// <remarks>
/// Every number of votes is written exactly, with the method's decimal places
/// (<c>905.13482</c>), as raw JSON rather than through a <see cref="double"/>: a reader
/// that parses it as decimal gets back the very figure the count produced. The output is
/// the same bytes on every run and platform (fixed field order, LF line ends).
/// </remarks>
public static class JsonReport
{
    private static readonly JsonWriterOptions s_options = new()
    {
        Indented = true,
        NewLine = "\n",

        // A report file, not HTML: keep names readable (é, quotes as \") rather than \uXXXX.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes <paramref name="result"/> as UTF-8 JSON to <paramref name="output"/>.</summary>
    /// <param name="result">The count.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="file">The ballot file's name, written as <c>file</c> (omitted when null).</param>
    public static void Write(CountResult result, Stream output, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new Utf8JsonWriter(output, s_options);
        Write(result, writer, file);
        writer.Flush();
        output.WriteByte((byte)'\n');
    }

    /// <summary>Writes <paramref name="result"/> as JSON text to <paramref name="output"/>.</summary>
    /// <param name="result">The count.</param>
    /// <param name="output">Where to write; left open.</param>
    /// <param name="file">The ballot file's name, written as <c>file</c> (omitted when null).</param>
    public static void Write(CountResult result, TextWriter output, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ToJson(result, file));
    }

    /// <summary>The JSON text of <paramref name="result"/>, ending in a newline.</summary>
    public static string ToJson(CountResult result, string? file = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        using var buffer = new MemoryStream();
        Write(result, buffer, file);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Write(CountResult result, Utf8JsonWriter json, string? file)
    {
        var names = result.Candidates;
        var decimals = result.Decimals;
        json.WriteStartObject();
        if (file is not null)
        {
            json.WriteString("file", file);
        }

        json.WriteString("title", result.Title);
        json.WriteString("method", result.Method);
        json.WriteNumber("decimals", decimals);
        json.WriteNumber("seats", result.Seats);
        json.WriteNumber("valid_ballots", result.ValidBallots);
        json.WriteNumber("invalid_ballots", result.InvalidBallots);
        WriteVotes(json, "quota", result.Quota, decimals);
        WriteStrings(json, "candidates", names);
        WriteNames(json, "elected", result.Elected, names);
        WriteNames(json, "excluded", result.Excluded, names);
        WriteNames(json, "withdrawn", result.Withdrawn, names);

        json.WriteStartArray("stages");
        foreach (var stage in result.Stages)
        {
            json.WriteStartObject();
            json.WriteNumber("number", stage.Number);
            json.WriteString("action", ReportLabels.Action(stage.Action));
            WriteNames(json, "subject", stage.Subjects, names);
            json.WriteStartObject("votes");
            for (var c = 0; c < names.Count; c++)
            {
                json.WritePropertyName(names[c]);
                json.WriteRawValue(stage.Votes[c].ToString(decimals), skipInputValidation: true);
            }

            json.WriteEndObject();
            WriteVotes(json, "non_transferable", stage.NonTransferable, decimals);
            WriteVotes(json, "quota", stage.Quota, decimals);
            WriteVotes(json, "transfer_value", stage.TransferValue, Votes.MaxDecimals, trimZeros: true);
            WriteNames(json, "elected", stage.Elected, names);
            WriteNames(json, "excluded", stage.Excluded, names);
            WriteStrings(json, "notes", stage.Notes);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        json.WriteStartArray("tie_breaks");
        foreach (var tie in result.TieBreaks)
        {
            json.WriteStartObject();
            json.WriteNumber("stage", tie.Stage);
            json.WriteString("purpose", ReportLabels.Purpose(tie.Purpose));
            WriteNames(json, "tied", tie.Tied, names);
            json.WriteString("chosen", names[tie.Chosen]);
            json.WriteString("resolution", ReportLabels.Resolution(tie.Resolution));
            if (tie.LookBackStage is { } lookBack)
            {
                json.WriteNumber("look_back_stage", lookBack);
            }
            else
            {
                json.WriteNull("look_back_stage");
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("tie_break_seed", result.TieBreakSeed);
        if (result.TieBreakOrder is { } order)
        {
            WriteNames(json, "tie_break_order", order, names);
        }

        json.WriteStartArray("limits");
        foreach (var limit in result.Limits)
        {
            json.WriteStartObject();
            json.WriteString("group", limit.Group);
            json.WriteString("kind", ReportLabels.LimitKind(limit.Kind));
            json.WriteNumber("count", limit.Count);
            json.WriteEndObject();
        }

        json.WriteEndArray();

        // Groups sorted by name: the dictionary's own order is not something a report may depend on.
        json.WriteStartObject("groups");
        foreach (var (group, members) in result.Groups.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            WriteNames(json, group, members, names);
        }

        json.WriteEndObject();
        WriteStrings(json, "notes", result.Notes);
        json.WriteEndObject();
    }

    private static void WriteVotes(Utf8JsonWriter json, string property, Votes? votes, int decimals, bool trimZeros = false)
    {
        if (votes is not { } value)
        {
            json.WriteNull(property);
            return;
        }

        var text = value.ToString(decimals);
        if (trimZeros && text.Contains('.', StringComparison.Ordinal))
        {
            // A transfer value may carry more places than the totals (Scottish STV keeps 5,
            // Meek's keep values 9): write them all, without trailing zeros.
            text = text.TrimEnd('0').TrimEnd('.');
        }

        json.WritePropertyName(property);
        json.WriteRawValue(text, skipInputValidation: true);
    }

    private static void WriteNames(Utf8JsonWriter json, string property, IReadOnlyList<int> indices, IReadOnlyList<string> names)
    {
        json.WriteStartArray(property);
        foreach (var index in indices)
        {
            json.WriteStringValue(names[index]);
        }

        json.WriteEndArray();
    }

    private static void WriteStrings(Utf8JsonWriter json, string property, IReadOnlyList<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
