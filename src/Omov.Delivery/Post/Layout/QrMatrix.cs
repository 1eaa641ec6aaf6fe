using QRCoder;

namespace Omov.Delivery.Post.Layout;

/// <summary>The module grid of a QR code for a voting link, quiet zone included.</summary>
public static class QrMatrix
{
    /// <summary>
    /// Error correction M (15% of the symbol may be lost): a folded, handled letter keeps a
    /// link scannable without the symbol growing as big as Q or H would make it.
    /// </summary>
    public static bool[,] For(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var data = QRCodeGenerator.GenerateQrCode(content, QRCodeGenerator.ECCLevel.M);
        var rows = data.ModuleMatrix;
        var grid = new bool[rows.Count, rows.Count];
        for (var row = 0; row < rows.Count; row++)
        {
            for (var column = 0; column < rows.Count; column++)
            {
                grid[row, column] = rows[row][column];
            }
        }

        return grid;
    }
}
