using System.Text;
using System.Text.Json;

namespace Omov.Delivery.Issuing;

/// <summary>
/// Postal packs of an event waiting for print, as JSON lines under <c>{post folder}/.spool</c>.
/// A batch's lines are written and flushed to disk BEFORE its transaction commits, so a crash
/// can leave lines whose codes never committed (they are dropped at print time because their
/// hash is not a current code) but never a committed code with no pack.
/// </summary>
internal sealed class PostalSpool
{
    private readonly string _folder;
    private readonly string _eventCode;

    public PostalSpool(string postFolder, string eventCode)
    {
        _folder = Path.Combine(postFolder, ".spool");
        _eventCode = eventCode;
    }

    /// <summary>Appends <paramref name="lines"/> to this run's file and forces them to disk.</summary>
    public void Append(string runId, IReadOnlyList<SpoolLine> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        Directory.CreateDirectory(_folder);
        using var stream = new FileStream(Path.Combine(_folder, $"{_eventCode}-{runId}.jsonl"), FileMode.Append, FileAccess.Write, FileShare.Read);
        using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            foreach (var line in lines)
            {
                writer.WriteLine(JsonSerializer.Serialize(line, IssueJson.Default.SpoolLine));
            }
        }

        stream.Flush(flushToDisk: true);
    }

    /// <summary>The spool files of this event (left by this run or by an earlier one that stopped before printing).</summary>
    public IReadOnlyList<string> Files() => Directory.Exists(_folder)
        ? [.. Directory.EnumerateFiles(_folder, _eventCode + "-*.jsonl").Order(StringComparer.Ordinal)]
        : [];

    // A line torn by a crash was never committed (lines reach the disk before the commit): skip it.
    private static SpoolLine? Parse(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(text, IssueJson.Default.SpoolLine);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Every line of <paramref name="files"/>.</summary>
    public static IEnumerable<SpoolLine> Read(IReadOnlyList<string> files)
    {
        foreach (var file in files)
        {
            foreach (var text in File.ReadLines(file))
            {
                if (Parse(text) is { } line)
                {
                    yield return line;
                }
            }
        }
    }
}
