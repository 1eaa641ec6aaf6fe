namespace Omov.Delivery.Post.Layout;

/// <summary>The lines of a block at the size they fit at.</summary>
/// <param name="Size">The size in points.</param>
/// <param name="Lines">The lines, each no wider than the box.</param>
/// <param name="Cut">Whether text was left out (the last line ends with "…").</param>
public sealed record FittedText(double Size, IReadOnlyList<string> Lines, bool Cut);
