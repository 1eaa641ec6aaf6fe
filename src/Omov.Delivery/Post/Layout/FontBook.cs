using PdfSharp.Drawing;

namespace Omov.Delivery.Post.Layout;

/// <summary>
/// The fonts of one rendering thread, by face and size, and the widths of strings already
/// measured: packs repeat the same wording thousands of times, and measuring is the costly part
/// of setting text. Not thread-safe: one per renderer.
/// </summary>
public sealed class FontBook
{
    private const double ReferenceSize = 100;
    private const int MaxCachedWidths = 200_000;
    private readonly Dictionary<(FontFace Face, int QuarterPoints), XFont> _fonts = [];
    private readonly Dictionary<(FontFace Face, string Text), double> _widths = [];
    private readonly XGraphics _measure;

    /// <param name="measure">Any graphics to measure with (widths do not depend on the page).</param>
    public FontBook(XGraphics measure)
    {
        PostFonts.Register();
        _measure = measure;
    }

    /// <summary>The font of <paramref name="face"/> at <paramref name="size"/> points (rounded to a quarter point).</summary>
    public XFont Font(FontFace face, double size)
    {
        var key = (face, (int)Math.Round(size * 4));
        if (!_fonts.TryGetValue(key, out var font))
        {
            var family = face == FontFace.Code ? PostFonts.Mono : PostFonts.Sans;
            var style = face == FontFace.Regular ? XFontStyleEx.Regular : XFontStyleEx.Bold;
            font = new XFont(family, key.Item2 / 4.0, style, new XPdfFontOptions(PdfSharp.Pdf.PdfFontEncoding.Unicode));
            _fonts[key] = font;
        }

        return font;
    }

    /// <summary>The width of <paramref name="text"/> at size 1, in points.</summary>
    public double UnitWidth(FontFace face, string text)
    {
        if (_widths.TryGetValue((face, text), out var width))
        {
            return width;
        }

        if (_widths.Count >= MaxCachedWidths)
        {
            // Names and addresses are mostly seen once; forget them all rather than grow without bound.
            _widths.Clear();
        }

        width = _measure.MeasureString(text, Font(face, ReferenceSize)).Width / ReferenceSize;
        _widths[(face, text)] = width;
        return width;
    }
}
