namespace Omov.Delivery.Post.Layout;

/// <summary>How a block of text is set: its face, the size it would like, and the smallest it may shrink to.</summary>
/// <param name="Face">The face.</param>
/// <param name="Size">The preferred size in points.</param>
/// <param name="MinSize">The smallest size in points before lines are cut short.</param>
/// <param name="Align">Horizontal placement.</param>
public sealed record TextStyle(FontFace Face, double Size, double MinSize, TextAlign Align = TextAlign.Left)
{
    /// <summary>Baseline-to-baseline distance as a multiple of the size.</summary>
    public const double Leading = 1.22;

    /// <summary>Top of the tallest accent to the bottom of the deepest descender, as a multiple of the size (DejaVu Sans: 0.93 + 0.24).</summary>
    public const double Extent = 1.17;

    /// <summary>Top of a line to its baseline, as a multiple of the size (DejaVu Sans's ascent).</summary>
    public const double Ascent = 0.93;
}
