namespace Omov.Delivery.Post.Layout;

/// <summary>
/// Fits a block of text into a box: word-wraps it at the preferred size, and shrinks it in
/// quarter points until it fits. Only when even the smallest size does not fit are lines left
/// out, the last one ending in "…"; an address or a name is never printed outside its box.
/// Widths scale linearly with size (PDF text has no hinting), so each word is measured once.
/// </summary>
public static class TextFitter
{
    private const string Ellipsis = "…";

    /// <param name="text">The text; '\n' starts a new line.</param>
    /// <param name="unitWidth">The width of a string at size 1, in points (called often with the same strings: cache it).</param>
    /// <param name="width">The box's width in points.</param>
    /// <param name="height">The box's height in points.</param>
    /// <param name="style">Preferred and smallest size.</param>
    /// <param name="maxLines">At most this many lines (1 for a one-line label), whatever the height allows.</param>
    public static FittedText Fit(string text, Func<string, double> unitWidth, double width, double height, TextStyle style, int maxLines = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(unitWidth);
        ArgumentNullException.ThrowIfNull(style);
        // The usual case, one short line: no splitting, no wrapping.
        if (!text.Contains('\n', StringComparison.Ordinal) && maxLines >= 1 && LinesHeight(1, style.Size) <= height + 1e-6
            && unitWidth(text) * style.Size <= width && !text.Contains("  ", StringComparison.Ordinal) && text.Trim().Length == text.Length)
        {
            return new FittedText(style.Size, [text], Cut: false);
        }

        var paragraphs = text.Split('\n').Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        for (var size = style.Size; size >= style.MinSize - 1e-9; size -= 0.25)
        {
            var lines = Wrap(paragraphs, unitWidth, width / size);
            if (lines.Count <= maxLines && LinesHeight(lines.Count, size) <= height + 1e-6)
            {
                return new FittedText(size, lines, Cut: false);
            }
        }

        // Even the smallest size overflows: keep what fits and mark the cut.
        var min = style.MinSize;
        var all = Wrap(paragraphs, unitWidth, width / min);
        var room = Math.Max(1, Math.Min(maxLines, (int)Math.Floor(((height / min) - TextStyle.Extent) / TextStyle.Leading) + 1));
        if (all.Count <= room)
        {
            return new FittedText(min, all, Cut: false);
        }

        var kept = all.Take(room).ToList();
        kept[^1] = Shorten(kept[^1], unitWidth, width / min);
        return new FittedText(min, kept, Cut: true);
    }

    /// <summary>Height of <paramref name="lines"/> lines at <paramref name="size"/>: one line's full extent plus leading for each further one.</summary>
    public static double LinesHeight(int lines, double size) => lines == 0 ? 0 : size * (TextStyle.Extent + ((lines - 1) * TextStyle.Leading));

    private static List<string> Wrap(string[][] paragraphs, Func<string, double> measure, double unitLimit)
    {
        var lines = new List<string>();
        var space = measure(" ");
        foreach (var words in paragraphs)
        {
            var line = new System.Text.StringBuilder();
            var lineWidth = 0.0;
            foreach (var word in words)
            {
                var wordWidth = measure(word);
                if (line.Length > 0 && lineWidth + space + wordWidth <= unitLimit)
                {
                    line.Append(' ').Append(word);
                    lineWidth += space + wordWidth;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line.ToString());
                    line.Clear();
                }

                // A word wider than the line (a long surname, a URL) is broken between characters.
                var rest = word;
                while (measure(rest) > unitLimit && rest.Length > 1)
                {
                    var take = rest.Length - 1;
                    while (take > 1 && measure(rest[..take]) > unitLimit)
                    {
                        take--;
                    }

                    lines.Add(rest[..take]);
                    rest = rest[take..];
                }

                line.Append(rest);
                lineWidth = measure(rest);
            }

            lines.Add(line.ToString());
        }

        return lines;
    }

    private static string Shorten(string line, Func<string, double> measure, double unitLimit)
    {
        var cut = line;
        while (cut.Length > 0 && measure(cut + Ellipsis) > unitLimit)
        {
            cut = cut[..^1];
        }

        return cut.TrimEnd() + Ellipsis;
    }
}
