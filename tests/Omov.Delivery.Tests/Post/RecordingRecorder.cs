using Omov.Delivery.Post.Layout;

namespace Omov.Delivery.Tests.Post;

/// <summary>Keeps everything a renderer drew.</summary>
internal sealed class RecordingRecorder : IDrawingRecorder
{
    public List<DrawnText> Texts { get; } = [];

    public List<DrawnQr> Qrs { get; } = [];

    public void Text(DrawnText text) => Texts.Add(text);

    public void Qr(DrawnQr qr) => Qrs.Add(qr);

    /// <summary>The text of one page, lines joined by spaces (wrapped blocks read as one string).</summary>
    public string PageText(int page) => string.Join(' ', Texts.Where(t => t.Page == page).Select(t => t.Text));

    public string AllText() => string.Join(' ', Texts.Select(t => t.Text));
}
