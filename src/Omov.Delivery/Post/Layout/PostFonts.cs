using PdfSharp.Fonts;

namespace Omov.Delivery.Post.Layout;

/// <summary>
/// The fonts packs are printed in, embedded in this assembly so a fresh server with no fonts
/// installed renders exactly the same packs: DejaVu Sans (regular, bold) for text and DejaVu Sans
/// Mono Bold for voting codes (0/O and 1/l/I look different). Licence: Fonts/LICENSE-DejaVu.txt
/// (Bitstream Vera, free to embed and redistribute). DejaVu covers Welsh (ŵ, ŷ, â…).
/// </summary>
public sealed class PostFonts : IFontResolver
{
    /// <summary>The family name for text.</summary>
    public const string Sans = "Omov Sans";

    /// <summary>The family name for voting codes.</summary>
    public const string Mono = "Omov Mono";

    private static readonly Lock s_registration = new();
    private static readonly PostFonts s_instance = new();
    private static bool s_licensed;
    private readonly Dictionary<string, byte[]> _faces = new(StringComparer.Ordinal);

    private PostFonts()
    {
        foreach (var face in new[] { "DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono-Bold" })
        {
            using var stream = typeof(PostFonts).Assembly.GetManifestResourceStream($"Omov.Delivery.Post.Fonts.{face}.ttf")
                ?? throw new InvalidOperationException($"The embedded font {face} is missing from the build.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            _faces[face] = copy.ToArray();
        }
    }

    /// <summary>
    /// Makes PDFsharp ready: selects its licence and makes it use these fonts. PDFsharp has one
    /// process-wide resolver that may be set only before its first use, so every PDF in Omov goes
    /// through this one instance; calling this again is harmless.
    /// </summary>
    public static void Register()
    {
        lock (s_registration)
        {
            // From 6.5.0 PDFsharp refuses to work until a licence is chosen: AGPL-3.0 or a
            // commercial key (PdfSharpLicense.LoadLicense). Only 6.5.0 is served here (6.2.x was
            // MIT). This is the one place to change if Omov buys a key; see docs/postal-packs.md.
            if (!s_licensed)
            {
                PdfSharp.PdfSharpLicense.SetAgplLicense();
                s_licensed = true;
            }

            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = s_instance;
            }
            else if (!ReferenceEquals(GlobalFontSettings.FontResolver, s_instance))
            {
                throw new InvalidOperationException("Another PDFsharp font resolver is already registered; Omov's PDFs need PostFonts.");
            }
        }
    }

    /// <inheritdoc/>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        // Every family resolves to one of ours: a PDF never depends on what is installed.
        if (string.Equals(familyName, Mono, StringComparison.OrdinalIgnoreCase))
        {
            return new FontResolverInfo("DejaVuSansMono-Bold");
        }

        return new FontResolverInfo(bold ? "DejaVuSans-Bold" : "DejaVuSans", mustSimulateBold: false, mustSimulateItalic: italic);
    }

    /// <inheritdoc/>
    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);
}
