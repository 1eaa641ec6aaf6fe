using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Content;
using PdfSharp.Pdf.Content.Objects;
using PdfSharp.Pdf.IO;

namespace Omov.Delivery.Tests.Post;

/// <summary>
/// Reads back the text actually drawn on a PDF page, independently of the renderer: each page's
/// content stream is parsed with PDFsharp's ContentReader, and the glyph ids of every Tj/TJ are
/// mapped to characters through the font's ToUnicode CMap (what a PDF viewer's copy-paste uses).
/// Form XObjects the page paints are read where they are painted. Each text-showing operator
/// becomes one string.
/// </summary>
internal static partial class PdfText
{
    public static List<List<string>> Pages(string path)
    {
        Omov.Delivery.Post.Layout.PostFonts.Register();
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        var pages = new List<List<string>>();
        foreach (var page in document.Pages)
        {
            pages.Add(Page(page));
        }

        return pages;
    }

    private static List<string> Page(PdfPage page)
    {
        var strings = new List<string>();
        Read(ContentReader.ReadContent(page), page.Resources, strings);
        return strings;
    }

    /// <summary>Reads one content stream; a form XObject it paints ("Do") is read in place, with its own resources.</summary>
    private static void Read(CSequence content, PdfDictionary resources, List<string> strings)
    {
        var fonts = resources.Elements.GetDictionary("/Font");
        var maps = new Dictionary<string, Dictionary<int, string>>(StringComparer.Ordinal);
        Dictionary<int, string>? current = null;
        foreach (var op in Operators(content))
        {
            switch (op.OpCode.Name)
            {
                case "Do":
                    var form = resources.Elements.GetDictionary("/XObject")!.Elements.GetDictionary(((CName)op.Operands[0]).Name)!;
                    if (form.Elements.GetName("/Subtype") == "/Form")
                    {
                        Read(ContentReader.ReadContent(form.Stream.UnfilteredValue), form.Elements.GetDictionary("/Resources")!, strings);
                    }

                    break;
                case "Tf":
                    var name = ((CName)op.Operands[0]).Name;
                    if (!maps.TryGetValue(name, out current))
                    {
                        current = ToUnicode(fonts!.Elements.GetDictionary(name)!);
                        maps[name] = current;
                    }

                    break;
                case "Tj":
                    strings.Add(Decode((CString)op.Operands[0], current!));
                    break;
                case "TJ":
                    strings.Add(string.Concat(((CArray)op.Operands[0]).OfType<CString>().Select(s => Decode(s, current!))));
                    break;
            }
        }
    }

    private static IEnumerable<COperator> Operators(CSequence sequence)
    {
        foreach (var item in sequence)
        {
            if (item is COperator op)
            {
                yield return op;
            }
            else if (item is CSequence inner)
            {
                foreach (var nested in Operators(inner))
                {
                    yield return nested;
                }
            }
        }
    }

    /// <summary>Two bytes per glyph (Identity-H), each pair a glyph id looked up in the CMap.</summary>
    private static string Decode(CString text, Dictionary<int, string> map)
    {
        var value = text.Value;
        var result = new StringBuilder();
        for (var i = 0; i + 1 < value.Length; i += 2)
        {
            var glyph = (value[i] << 8) | value[i + 1];
            result.Append(map.TryGetValue(glyph, out var s) ? s : "\uFFFD");
        }

        return result.ToString();
    }

    private static Dictionary<int, string> ToUnicode(PdfDictionary font)
    {
        var cmap = font.Elements.GetDictionary("/ToUnicode")!;
        var text = Encoding.ASCII.GetString(cmap.Stream.UnfilteredValue);
        var map = new Dictionary<int, string>();
        foreach (Match block in BfChar().Matches(text))
        {
            foreach (Match pair in HexPair().Matches(block.Groups[1].Value))
            {
                map[Hex(pair.Groups[1].Value)] = Unicode(pair.Groups[2].Value);
            }
        }

        foreach (Match block in BfRange().Matches(text))
        {
            foreach (Match range in HexRange().Matches(block.Groups[1].Value))
            {
                var from = Hex(range.Groups[1].Value);
                var to = Hex(range.Groups[2].Value);
                var start = Hex(range.Groups[3].Value);
                for (var g = from; g <= to; g++)
                {
                    map[g] = char.ConvertFromUtf32(start + (g - from));
                }
            }
        }

        return map;
    }

    private static int Hex(string hex) => int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    private static string Unicode(string hex)
    {
        var builder = new StringBuilder();
        for (var i = 0; i + 3 < hex.Length; i += 4)
        {
            builder.Append((char)Hex(hex.Substring(i, 4)));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"beginbfchar(.*?)endbfchar", RegexOptions.Singleline)]
    private static partial Regex BfChar();

    [GeneratedRegex(@"beginbfrange(.*?)endbfrange", RegexOptions.Singleline)]
    private static partial Regex BfRange();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexPair();

    [GeneratedRegex(@"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")]
    private static partial Regex HexRange();
}
