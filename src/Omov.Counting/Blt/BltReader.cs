namespace Omov.Counting.Blt;

/// <summary>
/// Reads BLT ballot files (the format of OpenSTV, Droop and the Scottish councils) as
/// <c>blt-quirks/README.md</c> sets out, with the variants found in real files.
/// </summary>
/// <remarks>
/// <para>
/// The format: a header <c>&lt;candidates&gt; &lt;seats&gt;</c>; optionally a line of
/// negative numbers withdrawing candidates (<c>-2 -5</c>) or Droop's <c>[withdrawn 2 5]</c>;
/// ballot lines <c>&lt;weight&gt; &lt;candidate&gt; ... 0</c>; a line <c>0</c>; one name line
/// per candidate; a title line.
/// </para>
/// <para>Accepted variants:</para>
/// <list type="bullet">
/// <item>UTF-8 with or without a byte-order mark; LF or CRLF line ends; no newline at the end.</item>
/// <item><c>#</c> comment lines anywhere; <c># ALTERNATIVE NAME n: name</c> names candidate n
/// when the name section holds only a title (Glasgow 2007).</item>
/// <item>A header ending in a comma makes commas separators, like spaces, for the whole file.</item>
/// <item>Names unquoted, quoted, or CSV-quoted with doubled quotes (<c>"Lab ""Barney CROCKETT"" "</c>
/// reads <c>Lab "Barney CROCKETT"</c>); text after a closing quote is kept after one space.</item>
/// <item><c>=</c> between candidate numbers ranks them equal (<c>1 2=3 4 0</c>); the second is packed
/// with <see cref="Ballots.Preference.EqualFlag"/> and the box reports <see cref="Ballots.BallotBox.HasEqualRankings"/>.</item>
/// <item>A ballot line <c>&lt;weight&gt; 0</c> with no candidates is kept as empty (invalid) ballots.</item>
/// <item>A leading ballot id in parentheses, <c>(17) 1 3 2 0</c>, is skipped.</item>
/// <item>A candidate repeated within a ballot ends that ballot's preferences there (see <see cref="Ballots.BallotBoxBuilder"/>).</item>
/// </list>
/// <para>Refused, with a <see cref="BltError"/> naming line and column:</para>
/// <list type="bullet">
/// <item>a weight of 0 on a line that ranks candidates (<see cref="BltErrorKind.NegativeWeight"/>):
/// <c>0 1 2 0</c> could as well be the end of the ballots followed by stray text, and either guess could change the count;</item>
/// <item>more than <see cref="MaxCandidates"/> candidates, a weight above <see cref="MaxWeightPerLine"/> on one line, or ballots
/// adding up to more than <see cref="MaxTotalWeight"/> (<see cref="BltErrorKind.NumberTooLarge"/>); nothing is allocated
/// from a number in the file before it is checked;</item>
/// <item>bytes that are not UTF-8 text, and control characters other than tab (<see cref="BltErrorKind.InvalidBytes"/>);
/// a U+FFFD really encoded in the file is valid text and is kept;</item>
/// <item>unknown <c>[option]</c> lines, unclosed quotes, text after the title, and empty candidate names
/// (<see cref="BltErrorKind.Malformed"/>).</item>
/// </list>
/// <para>
/// Columns count Unicode characters from 1, after any byte-order mark. Reading never throws
/// for bad content and takes time linear in the size of the file; the ballot section is read
/// straight from the bytes, a million ballot lines in a fraction of a second.
/// </para>
/// </remarks>
public static class BltReader
{
    /// <summary>The most candidates a file may declare (<see cref="Ballots.Preference.MaxCandidates"/>).</summary>
    public const int MaxCandidates = Ballots.Preference.MaxCandidates;

    /// <summary>The largest weight one ballot line may carry.</summary>
    public const long MaxWeightPerLine = 1_000_000_000;

    /// <summary>
    /// The most ballots one file may hold, all weights together. Far above any electorate, and
    /// low enough that ballots times 10^9 fixed-point units stays well inside a <see cref="long"/>.
    /// </summary>
    public const long MaxTotalWeight = 1_000_000_000;

    /// <summary>Reads the file at <paramref name="path"/>; errors name the file by its file name.</summary>
    /// <remarks>A file that cannot be opened or read is reported as <see cref="BltErrorKind.Unreadable"/>, not thrown.</remarks>
    public static BltReadResult Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            return Unreadable(fileName, e);
        }

        return Parse(bytes, fileName);
    }

    /// <summary>Reads the file at <paramref name="path"/> without blocking a thread on the disk.</summary>
    public static async Task<BltReadResult> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        var fileName = Path.GetFileName(path);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            return Unreadable(fileName, e);
        }

        return Parse(bytes, fileName);
    }

    /// <summary>Reads BLT from the rest of <paramref name="stream"/>; <paramref name="fileName"/> is used in error messages.</summary>
    public static BltReadResult Read(Stream stream, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        try
        {
            using var buffer = NewBuffer(stream);
            stream.CopyTo(buffer);
            return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            return Unreadable(fileName, e);
        }
    }

    /// <summary>
    /// Reads BLT from the rest of <paramref name="stream"/> asynchronously (as an upload's
    /// request body must be read); <paramref name="fileName"/> is used in error messages.
    /// </summary>
    public static async Task<BltReadResult> ReadAsync(Stream stream, string fileName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(fileName);
        MemoryStream buffer;
        try
        {
            buffer = NewBuffer(stream);
            await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (IsReadFailure(e))
        {
            return Unreadable(fileName, e);
        }

        using (buffer)
        {
            return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), fileName);
        }
    }

    /// <summary>Reads BLT from raw bytes; <paramref name="fileName"/> is used in error messages.</summary>
    public static BltReadResult Parse(ReadOnlySpan<byte> bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return new BltParser(bytes, fileName).Parse();
    }

    private static MemoryStream NewBuffer(Stream stream)
    {
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > Array.MaxLength)
            {
                throw new IOException(BltMessages.TooLarge);
            }

            return new MemoryStream((int)Math.Max(remaining, 0));
        }

        return new MemoryStream();
    }

    private static bool IsReadFailure(Exception e) =>
        e is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException;

    private static BltReadResult Unreadable(string fileName, Exception e) =>
        BltReadResult.Fail(new BltError(fileName, 0, null, BltErrorKind.Unreadable, BltMessages.Unreadable(e.Message)));
}
