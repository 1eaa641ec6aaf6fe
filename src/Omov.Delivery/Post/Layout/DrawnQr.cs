using PdfSharp.Drawing;

namespace Omov.Delivery.Post.Layout;

/// <summary>A QR code as drawn: the text it encodes and its dark modules (row, column).</summary>
/// <param name="Page">The page number in the document (1-based).</param>
/// <param name="Content">The encoded text.</param>
/// <param name="Bounds">The symbol's extent in points, quiet zone included.</param>
/// <param name="Modules">Modules per side, quiet zone included.</param>
/// <param name="Dark">Each dark module drawn, as (row, column) in that grid.</param>
public sealed record DrawnQr(int Page, string Content, XRect Bounds, int Modules, IReadOnlySet<(int Row, int Column)> Dark);
