using PdfSharp.Drawing;

namespace Omov.Delivery.Post.Layout;

/// <summary>One line of text as drawn, for tests and checks: where it went and where it was allowed to go.</summary>
/// <param name="Page">The page number in the document (1-based).</param>
/// <param name="Text">The characters drawn.</param>
/// <param name="Bounds">The line's extent in points from the page's top left (width as measured).</param>
/// <param name="Box">The box the block was given.</param>
/// <param name="Face">The face.</param>
/// <param name="Size">The size in points it was drawn at.</param>
/// <param name="Cut">Whether text was left out because even the smallest size did not fit.</param>
public sealed record DrawnText(int Page, string Text, XRect Bounds, XRect Box, FontFace Face, double Size, bool Cut);
