namespace Omov.Delivery.Post.Layout;

/// <summary>Receives what is drawn, so tests can check text and QR codes without parsing PDF.</summary>
public interface IDrawingRecorder
{
    /// <summary>One line of text was drawn.</summary>
    void Text(DrawnText text);

    /// <summary>A QR code was drawn.</summary>
    void Qr(DrawnQr qr);
}
