using System.Globalization;
using CsvHelper;
using System.Text;
using CsvHelper.Configuration;

namespace Omov.Data.Register;

/// <summary>
/// A CSV file read one record at a time (never whole: a 2 GB file takes no more memory than a
/// small one), after a look at its start to turn away binary files with a clear message.
/// </summary>
internal sealed class CsvSource : IDisposable
{
    private const int SniffBytes = 8192;
    private const int MaxField = 64 * 1024;
    private readonly FileStream _stream;
    private readonly StreamReader _reader;
    private readonly CsvParser _parser;
    private readonly IProgress<ImportProgress>? _progress;
    private long _rows;

    private CsvSource(FileStream stream, IProgress<ImportProgress>? progress, Action<long> badData)
    {
        _stream = stream;
        _progress = progress;
        _reader = new StreamReader(stream, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            // A stray quote is reported against its line; the parser carries on so every problem is found in one pass.
            BadDataFound = args => badData(args.Context.Parser?.RawRow ?? 0),
            TrimOptions = TrimOptions.None,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
            // A file with no line breaks (a binary or a mangled export) must not be read into one field.
            MaxFieldSize = MaxField,
        };
        _parser = new CsvParser(_reader, configuration);
    }

    public long TotalBytes { get; private set; }

    /// <summary>The line the current record ends on.</summary>
    public long Line => _parser.RawRow;

    /// <summary>Opens <paramref name="path"/>, or returns the problem that stops it being read.</summary>
    public static CsvSource? Open(string path, IProgress<ImportProgress>? progress, Action<long> badData, out ImportProblem? problem)
    {
        var name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problem = new ImportProblem(0, null, $"{name}: file not found");
            return null;
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var head = new byte[SniffBytes];
        var read = stream.ReadAtLeast(head, SniffBytes, throwOnEndOfStream: false);
        // Text files (UTF-8, Latin-1, with or without a BOM) hold no NUL bytes; UTF-16 would be
        // caught here too, and is rare enough in register exports to ask for UTF-8 instead.
        if (Array.IndexOf(head, (byte)0, 0, read) >= 0)
        {
            stream.Dispose();
            problem = new ImportProblem(0, null, $"{name}: not a CSV text file (it holds binary data); save it as CSV in UTF-8");
            return null;
        }

        if (read == 0)
        {
            stream.Dispose();
            problem = new ImportProblem(0, null, $"{name}: the file is empty (a header line is needed)");
            return null;
        }

        stream.Position = 0;
        problem = null;
        return new CsvSource(stream, progress, badData) { TotalBytes = stream.Length };
    }

    /// <summary>A problem that stopped the reading (the rest of the file is not read), if any.</summary>
    public ImportProblem? Stopped { get; private set; }

    /// <summary>The next record, or null at the end (or when the file cannot be read on: see <see cref="Stopped"/>).</summary>
    public string[]? Read()
    {
        try
        {
            if (!_parser.Read())
            {
                Report();
                return null;
            }
        }
        catch (MaxFieldSizeException)
        {
            Stopped = new ImportProblem(_parser.RawRow, null, $"a field longer than {MaxField / 1024} KB: this does not look like a register CSV file; reading stopped");
            return null;
        }
        catch (DecoderFallbackException)
        {
            Stopped = new ImportProblem(_parser.RawRow, null, "text that is not valid in the file's encoding; save it as CSV in UTF-8; reading stopped");
            return null;
        }

        _rows++;
        if ((_rows & 0x3FFF) == 0)
        {
            Report();
        }

        return _parser.Record;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
        _stream.Dispose();
    }

    private void Report() => _progress?.Report(new ImportProgress(Math.Min(_stream.Position, TotalBytes), TotalBytes, Math.Max(0, _rows - 1)));
}
