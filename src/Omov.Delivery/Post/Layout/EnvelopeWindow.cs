namespace Omov.Delivery.Post.Layout;

/// <summary>
/// Where the address goes so it shows through a window envelope, in millimetres from the top
/// left of the A4 sheet. Standard UK window envelopes (DL 220 × 110 mm, A4 folded in three; C5
/// 229 × 162 mm, A4 folded once) have a 90 × 35 mm window 20 mm from the left edge, and the
/// window's top lands about 45–50 mm below the top of the sheet. The address is kept 2.5 mm
/// inside that window on every side so the sheet can move in the envelope without the address
/// disappearing; see docs/postal-packs.md. Check with the envelope supplier before a print run:
/// these constants are the only place to change.
/// </summary>
public static class EnvelopeWindow
{
    /// <summary>The window's left edge from the sheet's left edge.</summary>
    public const double WindowLeft = 20;

    /// <summary>The window's top edge from the sheet's top edge, once folded and inserted.</summary>
    public const double WindowTop = 47.5;

    /// <summary>The window's width.</summary>
    public const double WindowWidth = 90;

    /// <summary>The window's height.</summary>
    public const double WindowHeight = 35;

    /// <summary>How far inside the window everything printed for it stays.</summary>
    public const double Play = 2.5;

    /// <summary>The small "if undelivered, return to" line at the top of the window.</summary>
    public const double SenderHeight = 4;

    /// <summary>Left edge of the printed address area.</summary>
    public const double Left = WindowLeft + Play;

    /// <summary>Top of the printed area (sender line first, then the address).</summary>
    public const double Top = WindowTop + Play;

    /// <summary>Width of the printed area.</summary>
    public const double Width = WindowWidth - (2 * Play);

    /// <summary>Height of the printed area.</summary>
    public const double Height = WindowHeight - (2 * Play);

    /// <summary>Where a DL fold (A4 in three) falls, for fold marks.</summary>
    public static readonly double[] DlFolds = [99, 198];
}
