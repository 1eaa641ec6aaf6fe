using System.Globalization;
using System.Text;
using Omov.Counting.Ballots;

namespace Omov.Counting.Blt;

/// <summary>
/// Writes a <see cref="BallotBox"/> as standard BLT, which OpenSTV, Droop, OpenTally and
/// <see cref="BltReader"/> all read: so that anyone can recount the published ballots.
/// </summary>
/// <remarks>
/// <para>The output, in UTF-8 without a byte-order mark, LF line ends and a final newline:</para>
/// <list type="number">
/// <item>the header <c>&lt;candidates&gt; &lt;seats&gt;</c>;</item>
/// <item>if any candidate is withdrawn, one line of their negated numbers (<c>-2 -5</c>);</item>
/// <item>one line <c>&lt;weight&gt; &lt;candidate&gt; ... 0</c> per distinct ranking, in the box's order,
/// with <c>=</c> joining candidates ranked equal (<c>1 2=3 4 0</c>); a weight above
/// <see cref="BltReader.MaxWeightPerLine"/> is split over several lines;</item>
/// <item>empty ballots as <c>&lt;weight&gt; 0</c>, so that they survive a round trip;</item>
/// <item>the line <c>0</c>, each name and then the title, in double quotes with <c>"</c> doubled.</item>
/// </list>
/// <para>
/// A line break or other control character in a name or title would split it over lines
/// and shift every later name, so each is written as a space; and since readers trim
/// names, leading and trailing spaces do not survive a round trip.
/// </para>
/// </remarks>
public static class BltWriter
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Writes <paramref name="ballots"/> to <paramref name="stream"/>, leaving it open.</summary>
    public static void Write(BallotBox ballots, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var chunk in Chunks(ballots))
        {
            stream.Write(chunk.Span);
        }
    }

    /// <summary>Writes <paramref name="ballots"/> to <paramref name="stream"/> asynchronously, leaving it open.</summary>
    public static async Task WriteAsync(BallotBox ballots, Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var chunk in Chunks(ballots))
        {
            await stream.WriteAsync(chunk, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes <paramref name="ballots"/> to a new file at <paramref name="path"/>, replacing any file there.</summary>
    public static void Write(BallotBox ballots, string path)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        ArgumentNullException.ThrowIfNull(path);
        using var file = File.Create(path);
        Write(ballots, file);
    }

    /// <summary>The BLT text of <paramref name="ballots"/> as UTF-8 bytes.</summary>
    public static byte[] ToBytes(BallotBox ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        using var buffer = new MemoryStream();
        Write(ballots, buffer);
        return buffer.ToArray();
    }

    /// <summary>
    /// The file in pieces of about 64 KB, all written into one reused buffer: each piece must be
    /// consumed before the next is asked for. Shared by the synchronous and asynchronous paths.
    /// </summary>
    private static IEnumerable<ReadOnlyMemory<byte>> Chunks(BallotBox ballots)
    {
        var buffer = new byte[ChunkSize];
        var used = 0;

        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"{ballots.Candidates.Count} {ballots.Seats}\n");
        if (ballots.Withdrawn.Count > 0)
        {
            head.AppendJoin(' ', ballots.Withdrawn.Select(c => (-(c + 1)).ToString(CultureInfo.InvariantCulture))).Append('\n');
        }

        foreach (var piece in Text(head.ToString(), buffer))
        {
            yield return piece;
        }

        for (var index = 0; index < ballots.RankingCount; index++)
        {
            var length = ballots.Ranking(index).Length;

            // Weight (at most 19 digits), then at most 5 digits and a separator per preference, then " 0\n".
            var longest = 24 + (6 * length);
            if (longest > buffer.Length)
            {
                if (used > 0)
                {
                    yield return buffer.AsMemory(0, used);
                    used = 0;
                }

                buffer = new byte[longest];
            }

            var remaining = ballots.Weight(index);
            while (remaining > 0)
            {
                if (buffer.Length - used < longest)
                {
                    yield return buffer.AsMemory(0, used);
                    used = 0;
                }

                var weight = Math.Min(remaining, BltReader.MaxWeightPerLine);
                used += FormatLine(weight, ballots.Ranking(index), buffer.AsSpan(used));
                remaining -= weight;
            }
        }

        for (var remaining = ballots.EmptyBallots; remaining > 0;)
        {
            if (buffer.Length - used < 24)
            {
                yield return buffer.AsMemory(0, used);
                used = 0;
            }

            var weight = Math.Min(remaining, BltReader.MaxWeightPerLine);
            used += FormatLine(weight, [], buffer.AsSpan(used));
            remaining -= weight;
        }

        if (used > 0)
        {
            yield return buffer.AsMemory(0, used);
        }

        var tail = new StringBuilder("0\n");
        foreach (var name in ballots.Candidates)
        {
            AppendQuoted(tail, name);
        }

        AppendQuoted(tail, ballots.Title);
        foreach (var piece in Text(tail.ToString(), buffer))
        {
            yield return piece;
        }
    }

    private static IEnumerable<ReadOnlyMemory<byte>> Text(string text, byte[] buffer)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        for (var offset = 0; offset < bytes.Length; offset += buffer.Length)
        {
            var length = Math.Min(buffer.Length, bytes.Length - offset);
            bytes.AsSpan(offset, length).CopyTo(buffer);
            yield return buffer.AsMemory(0, length);
        }
    }

    private static int FormatLine(long weight, ReadOnlySpan<ushort> ranking, Span<byte> destination)
    {
        weight.TryFormat(destination, out var used, default, CultureInfo.InvariantCulture);
        for (var i = 0; i < ranking.Length; i++)
        {
            destination[used++] = i > 0 && Preference.IsEqualToPrevious(ranking[i]) ? (byte)'=' : (byte)' ';
            used += FormatCandidate(Preference.Candidate(ranking[i]) + 1, destination[used..]);
        }

        " 0\n"u8.CopyTo(destination[used..]);
        return used + 3;
    }

    /// <summary>Writes a candidate number (1 to 32,767) without going through a format provider.</summary>
    private static int FormatCandidate(int number, Span<byte> destination)
    {
        var digits = number < 10 ? 1 : number < 100 ? 2 : number < 1000 ? 3 : number < 10000 ? 4 : 5;
        for (var i = digits - 1; i >= 0; i--)
        {
            destination[i] = (byte)('0' + (number % 10));
            number /= 10;
        }

        return digits;
    }

    private static void AppendQuoted(StringBuilder builder, string text)
    {
        builder.Append('"');
        foreach (var c in text)
        {
            if (c == '"')
            {
                builder.Append("\"\"");
            }
            else
            {
                builder.Append(char.IsControl(c) ? ' ' : c);
            }
        }

        builder.Append("\"\n");
    }
}
