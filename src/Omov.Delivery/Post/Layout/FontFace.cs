namespace Omov.Delivery.Post.Layout;

/// <summary>The three faces a pack uses.</summary>
public enum FontFace
{
    /// <summary>Body text.</summary>
    Regular,

    /// <summary>Headings, names, the addressee.</summary>
    Bold,

    /// <summary>Voting codes and links: monospaced so each character stands apart.</summary>
    Code,
}
