namespace Omov.Delivery.Post.Layout;

/// <summary>Millimetres to PDF points (1/72 inch): layouts are written in millimetres, as printers and envelope makers measure.</summary>
public static class Mm
{
    /// <summary>Points in <paramref name="millimetres"/>.</summary>
    public static double Pt(double millimetres) => millimetres * 72.0 / 25.4;
}
