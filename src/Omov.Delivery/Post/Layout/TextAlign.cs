namespace Omov.Delivery.Post.Layout;

/// <summary>Horizontal placement of lines in their box.</summary>
public enum TextAlign
{
    /// <summary>Flush left.</summary>
    Left,

    /// <summary>Centred.</summary>
    Centre,
}
