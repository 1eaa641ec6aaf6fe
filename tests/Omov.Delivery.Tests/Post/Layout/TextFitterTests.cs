using Omov.Delivery.Post.Layout;

namespace Omov.Delivery.Tests.Post.Layout;

public sealed class TextFitterTests
{
    // A fixed-width "font": every character is 0.6 of the size wide.
    private static double Width(string s) => s.Length * 0.6;

    private static readonly TextStyle s_style = new(FontFace.Regular, 10, 6);

    [Fact]
    public void Fit_ShortLine_KeepsPreferredSize()
    {
        var fitted = TextFitter.Fit("Jo Bloggs", Width, 200, 20, s_style);

        Assert.Equal(10, fitted.Size);
        Assert.Equal(["Jo Bloggs"], fitted.Lines);
        Assert.False(fitted.Cut);
    }

    [Fact]
    public void Fit_TooWideForOneLine_WrapsAtSpaces()
    {
        var fitted = TextFitter.Fit("aaaa bbbb cccc", Width, 50, 100, s_style);

        Assert.Equal(10, fitted.Size);
        Assert.Equal(["aaaa", "bbbb", "cccc"], fitted.Lines);
    }

    [Fact]
    public void Fit_OneLineOnly_ShrinksUntilItFits()
    {
        var fitted = TextFitter.Fit(new string('x', 30), Width, 140, 20, s_style, maxLines: 1);

        Assert.Single(fitted.Lines);
        Assert.True(fitted.Size < 10);
        Assert.True(Width(fitted.Lines[0]) * fitted.Size <= 140);
    }

    [Fact]
    public void Fit_NotEvenAtSmallestSize_CutsWithEllipsisInsideTheBox()
    {
        var fitted = TextFitter.Fit(new string('x', 200), Width, 100, 8, s_style);

        Assert.True(fitted.Cut);
        Assert.Equal(6, fitted.Size);
        var line = Assert.Single(fitted.Lines);
        Assert.EndsWith("…", line, StringComparison.Ordinal);
        Assert.True(Width(line) * fitted.Size <= 100);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(57)]
    [InlineData(143)]
    [InlineData(400)]
    public void Fit_AnyWidth_NoLineWiderThanTheBoxNorTallerThanIt(double width)
    {
        var text = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch " + new string('ŵ', 150) + " Street\nCAERDYDD";
        var fitted = TextFitter.Fit(text, Width, width, 40, s_style);

        Assert.All(fitted.Lines, line => Assert.True(Width(line) * fitted.Size <= width + 1e-9, $"'{line}' too wide"));
        Assert.True(TextFitter.LinesHeight(fitted.Lines.Count, fitted.Size) <= 40 + 1e-9 || fitted.Lines.Count == 1);
    }

    [Fact]
    public void Fit_NewLines_StartNewLines()
    {
        var fitted = TextFitter.Fit("a\nb\n\nc", Width, 100, 100, s_style);

        Assert.Equal(["a", "b", string.Empty, "c"], fitted.Lines);
    }
}
