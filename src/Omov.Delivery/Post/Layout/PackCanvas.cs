using PdfSharp.Drawing;

namespace Omov.Delivery.Post.Layout;

/// <summary>
/// The only way a pack is drawn: boxes in millimetres from the page's top left, text fitted
/// into them (never outside), rules, boxes to mark, and QR codes. Everything drawn goes to the
/// recorder too, if there is one, so tests see exactly what a page holds.
/// </summary>
public sealed class PackCanvas
{
    private static readonly XBrush s_ink = XBrushes.Black;
    private static readonly XBrush s_shade = new XSolidBrush(XColor.FromGrayScale(0.92));
    private readonly XGraphics _graphics;
    private readonly FontBook _fonts;
    private readonly IDrawingRecorder? _recorder;
    private readonly Action? _onCut;

    /// <param name="graphics">The page's graphics.</param>
    /// <param name="fonts">The thread's fonts.</param>
    /// <param name="page">The page number in the document (1-based).</param>
    /// <param name="recorder">Receives everything drawn, or null.</param>
    /// <param name="onCut">Called when a block had to be shortened to fit.</param>
    public PackCanvas(XGraphics graphics, FontBook fonts, int page, IDrawingRecorder? recorder, Action? onCut = null)
    {
        _graphics = graphics;
        _fonts = fonts;
        Page = page;
        _recorder = recorder;
        _onCut = onCut;
    }

    /// <summary>The page number in the document (1-based).</summary>
    public int Page { get; }

    /// <summary>Fits <paramref name="text"/> into the box and draws it; returns the height used in millimetres.</summary>
    public double Text(string text, double x, double y, double width, double height, TextStyle style, int maxLines = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(style);
        var box = new XRect(Mm.Pt(x), Mm.Pt(y), Mm.Pt(width), Mm.Pt(height));
        var fitted = TextFitter.Fit(text, s => _fonts.UnitWidth(style.Face, s), box.Width, box.Height, style, maxLines);
        var font = _fonts.Font(style.Face, fitted.Size);
        if (fitted.Cut)
        {
            _onCut?.Invoke();
        }

        var top = box.Y;
        for (var i = 0; i < fitted.Lines.Count; i++)
        {
            var line = fitted.Lines[i];
            var lineWidth = _fonts.UnitWidth(style.Face, line) * fitted.Size;
            var left = style.Align == TextAlign.Centre ? box.X + ((box.Width - lineWidth) / 2) : box.X;
            if (line.Length > 0)
            {
                // Baseline placement: the line's top is 'top', its baseline one ascent lower.
                _graphics.DrawString(line, font, s_ink, left, top + (fitted.Size * TextStyle.Ascent), XStringFormats.BaseLineLeft);
                _recorder?.Text(new DrawnText(Page, line, new XRect(left, top, lineWidth, fitted.Size * TextStyle.Extent), box, style.Face, fitted.Size, fitted.Cut && i == fitted.Lines.Count - 1));
            }

            top += fitted.Size * TextStyle.Leading;
        }

        return fitted.Lines.Count == 0 ? 0 : TextFitter.LinesHeight(fitted.Lines.Count, fitted.Size) * 25.4 / 72.0;
    }

    /// <summary>Places a form drawn earlier over the whole page; <paramref name="texts"/> is what it holds, told to the recorder as drawn on this page.</summary>
    public void Form(XForm form, IReadOnlyList<DrawnText> texts)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(texts);
        _graphics.DrawImage(form, 0, 0);
        if (_recorder is not null)
        {
            foreach (var text in texts)
            {
                _recorder.Text(text with { Page = Page });
            }
        }
    }

    /// <summary>A box to write in (a preference or a cross).</summary>
    public void MarkBox(double x, double y, double size) =>
        _graphics.DrawRectangle(new XPen(XColors.Black, 1.2), Mm.Pt(x), Mm.Pt(y), Mm.Pt(size), Mm.Pt(size));

    /// <summary>A thin frame around a panel.</summary>
    public void Frame(double x, double y, double width, double height, bool shaded = false)
    {
        var rect = new XRect(Mm.Pt(x), Mm.Pt(y), Mm.Pt(width), Mm.Pt(height));
        if (shaded)
        {
            _graphics.DrawRectangle(new XPen(XColors.Black, 0.6), s_shade, rect);
        }
        else
        {
            _graphics.DrawRectangle(new XPen(XColors.Black, 0.6), rect);
        }
    }

    /// <summary>A horizontal rule (also a line to sign on).</summary>
    public void Rule(double x, double y, double width, double thickness = 0.5) =>
        _graphics.DrawLine(new XPen(XColors.Black, thickness), Mm.Pt(x), Mm.Pt(y), Mm.Pt(x + width), Mm.Pt(y));

    /// <summary>A short tick on the left edge where the sheet is folded.</summary>
    public void FoldMark(double y) => _graphics.DrawLine(new XPen(XColors.Gray, 0.3), 0, Mm.Pt(y), Mm.Pt(5), Mm.Pt(y));

    /// <summary>Draws a QR module grid (quiet zone included) as filled squares, one rectangle per run of dark modules in a row.</summary>
    public void Qr(string content, bool[,] modules, double x, double y, double size)
    {
        ArgumentNullException.ThrowIfNull(modules);
        var count = modules.GetLength(0);
        var cell = Mm.Pt(size) / count;
        var left = Mm.Pt(x);
        var top = Mm.Pt(y);
        var runs = new List<XRect>(count * 4);
        var dark = _recorder is null ? null : new HashSet<(int, int)>();
        for (var row = 0; row < count; row++)
        {
            var column = 0;
            while (column < count)
            {
                if (!modules[row, column])
                {
                    column++;
                    continue;
                }

                var start = column;
                while (column < count && modules[row, column])
                {
                    dark?.Add((row, column));
                    column++;
                }

                runs.Add(new XRect(left + (start * cell), top + (row * cell), (column - start) * cell, cell));
            }
        }

        // One 're' per run and a single fill: half the numbers a path of corners would write.
        _graphics.DrawRectangles(s_ink, [.. runs]);
        _recorder?.Qr(new DrawnQr(Page, content, new XRect(left, top, count * cell, count * cell), count, dark!));
    }
}
