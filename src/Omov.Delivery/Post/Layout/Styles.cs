namespace Omov.Delivery.Post.Layout;

/// <summary>The text styles of a pack, in one place so every page looks the same.</summary>
public static class Styles
{
    /// <summary>Left margin in millimetres.</summary>
    public const double Margin = 20;

    /// <summary>Width between the margins in millimetres (A4 is 210 mm wide).</summary>
    public const double Width = 170;

    /// <summary>A4 height in millimetres.</summary>
    public const double PageHeight = 297;

    public static readonly TextStyle Title = new(FontFace.Bold, 16, 10);
    public static readonly TextStyle Heading = new(FontFace.Bold, 12, 8);
    public static readonly TextStyle Body = new(FontFace.Regular, 10, 7);
    public static readonly TextStyle BodyBold = new(FontFace.Bold, 10, 7);
    public static readonly TextStyle Small = new(FontFace.Regular, 8, 6);
    public static readonly TextStyle Sender = new(FontFace.Regular, 6.5, 5);
    public static readonly TextStyle Address = new(FontFace.Regular, 10, 6.5);
    public static readonly TextStyle Code = new(FontFace.Code, 20, 10);
    public static readonly TextStyle Link = new(FontFace.Code, 8, 5.5);
    public static readonly TextStyle Candidate = new(FontFace.Bold, 12, 7);
    public static readonly TextStyle CandidateDetail = new(FontFace.Regular, 9, 6);
    public static readonly TextStyle Footer = new(FontFace.Regular, 7, 6, TextAlign.Centre);
}
