using Omov.Delivery.Post;
using Omov.Delivery.Post.Layout;
using Omov.Delivery.Post.Samples;
using Omov.Delivery.Tests.Post;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace Omov.Delivery.Tests.Post.Layout;

public sealed class PackRendererTests
{
    private const double A4Width = 595.28;
    private const double A4Height = 841.89;

    private static (RecordingRecorder Recorder, int Pages, string Path) Render(TempFolder folder, params PostalPack[] packs)
    {
        var recorder = new RecordingRecorder();
        var renderer = new PackRenderer(recorder);
        var path = folder.File("packs.pdf");
        var pages = 0;
        using (var document = new PdfDocument())
        {
            foreach (var pack in packs)
            {
                pages += renderer.Render(document, pack);
            }

            document.Save(path);
        }

        return (recorder, pages, path);
    }

    [Fact]
    public void Render_PlainPack_LetterPerContestPaperAndReturnPage()
    {
        using var folder = new TempFolder();
        var pack = TestPacks.Plain() with { ContestIndexes = [0, 2, 3] };
        var (recorder, pages, path) = Render(folder, pack);

        Assert.Equal(5, pages);
        Assert.Equal(5, PackRenderer.PageCount(pack));
        using (var document = PdfReader.Open(path, PdfDocumentOpenMode.Import))
        {
            Assert.Equal(5, document.PageCount);
            Assert.All(document.Pages.Cast<PdfPage>(), page => Assert.Equal(595, (int)page.Width.Point));
        }

        var letter = recorder.PageText(1);
        Assert.Contains("Jo Bloggs", letter, StringComparison.Ordinal);
        Assert.Contains("SW1A 1AA", letter, StringComparison.Ordinal);
        Assert.Contains("K7QM-3XPT-9ABC-DEFG-HJKM-NPQR-ST", letter, StringComparison.Ordinal);
        Assert.Contains("L0000001", letter, StringComparison.Ordinal);
        Assert.Contains("Leader of the Party", letter, StringComparison.Ordinal);
        Assert.DoesNotContain("Deputy Leader of the Party", letter, StringComparison.Ordinal);
        Assert.Contains("Leader of the Party", recorder.PageText(2), StringComparison.Ordinal);
        Assert.Contains("Number the candidates in order of preference", recorder.PageText(2), StringComparison.Ordinal);
        Assert.Contains("CLP section", recorder.PageText(3), StringComparison.Ordinal);
        Assert.Contains("At least 4 of those elected will be women.", recorder.PageText(3), StringComparison.Ordinal);
        Assert.Contains("Vote for ONE candidate only", recorder.PageText(4), StringComparison.Ordinal);
        foreach (var candidate in SampleBallots.English.Contests[2].Candidates)
        {
            Assert.Contains(candidate.Name, recorder.PageText(3), StringComparison.Ordinal);
        }

        Assert.Contains("Return statement", recorder.PageText(5), StringComparison.Ordinal);
        Assert.Contains("L0000001", recorder.PageText(5), StringComparison.Ordinal);
        Assert.Contains("Page 5 of 5", recorder.PageText(5), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_BallotPapers_CarryNothingThatIdentifiesTheMember()
    {
        using var folder = new TempFolder();
        var pack = TestPacks.Plain();
        var (recorder, pages, _) = Render(folder, pack);

        for (var page = 2; page < pages; page++)
        {
            var text = recorder.PageText(page);
            Assert.DoesNotContain(pack.MembershipNumber, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Bloggs", text, StringComparison.Ordinal);
            Assert.DoesNotContain("K7QM", text, StringComparison.Ordinal);
            Assert.DoesNotContain("SW1A", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Render_BlockContest_InstructionNamesHowManyCrosses()
    {
        using var folder = new TempFolder();
        var (recorder, _, _) = Render(folder, TestPacks.Plain() with { ContestIndexes = [4] });

        Assert.Contains("Vote for up to 2 candidates.", recorder.PageText(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_WelshPack_UsesWelshWording()
    {
        using var folder = new TempFolder();
        var pack = TestPacks.Plain() with { Language = PostalLanguage.Welsh, Ballot = SampleBallots.Welsh, ContestIndexes = [0] };
        var (recorder, _, _) = Render(folder, pack);

        Assert.Contains("Annwyl Jo Bloggs,", recorder.PageText(1), StringComparison.Ordinal);
        Assert.Contains("Eich cod pleidleisio", recorder.PageText(1), StringComparison.Ordinal);
        Assert.Contains("Rhifwch yr ymgeiswyr", recorder.PageText(2), StringComparison.Ordinal);
        Assert.Contains("Tudalen 3 o 3", recorder.PageText(3), StringComparison.Ordinal);
        Assert.DoesNotContain("Your voting code", recorder.AllText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Qr_DrawsExactlyTheModulesOfTheVotingLink()
    {
        using var folder = new TempFolder();
        var (recorder, _, _) = Render(folder, TestPacks.Plain());

        var qr = Assert.Single(recorder.Qrs);
        Assert.Equal(TestPacks.Url, qr.Content);
        var expected = QrMatrix.For(TestPacks.Url);
        Assert.Equal(expected.GetLength(0), qr.Modules);
        var dark = new HashSet<(int, int)>();
        for (var row = 0; row < qr.Modules; row++)
        {
            for (var column = 0; column < qr.Modules; column++)
            {
                if (expected[row, column])
                {
                    dark.Add((row, column));
                }
            }
        }

        Assert.True(dark.SetEquals(qr.Dark));
        Assert.True(qr.Bounds.Width >= 100, "the QR code is at least 35 mm wide");
    }

    [Fact]
    public void Render_LongAndOddInput_EveryLineStaysInsideItsBoxAndThePage()
    {
        using var folder = new TempFolder();
        var odd = TestPacks.Odd();
        var (recorder, pages, path) = Render(folder, odd, TestPacks.Bare(), TestPacks.Plain());

        Assert.Equal(PackRenderer.PageCount(odd) + PackRenderer.PageCount(TestPacks.Bare()) + PackRenderer.PageCount(TestPacks.Plain()), pages);
        Assert.Equal(2 + 1 + 2, PackRenderer.PageCount(odd));
        Assert.All(recorder.Texts, text =>
        {
            const double tolerance = 0.01;
            Assert.True(text.Bounds.Left >= text.Box.Left - tolerance && text.Bounds.Right <= text.Box.Right + tolerance, $"'{text.Text}' is wider than its box");
            Assert.True(text.Bounds.Top >= text.Box.Top - tolerance && text.Bounds.Bottom <= text.Box.Bottom + tolerance, $"'{text.Text}' is below its box");
            Assert.True(text.Bounds.Left >= 0 && text.Bounds.Right <= A4Width && text.Bounds.Top >= 0 && text.Bounds.Bottom <= A4Height, $"'{text.Text}' is off the page");
        });
        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        Assert.Equal(pages, document.PageCount);
    }

    [Fact]
    public void Render_TextBoxesOnOnePage_DoNotOverlap()
    {
        using var folder = new TempFolder();
        var (recorder, pages, _) = Render(folder, TestPacks.Odd(), TestPacks.Plain());

        for (var page = 1; page <= pages; page++)
        {
            var lines = recorder.Texts.Where(t => t.Page == page).ToList();
            for (var i = 0; i < lines.Count; i++)
            {
                for (var j = i + 1; j < lines.Count; j++)
                {
                    var overlap = PdfSharp.Drawing.XRect.Intersect(lines[i].Bounds, lines[j].Bounds);
                    Assert.True(overlap.IsEmpty || overlap.Width * overlap.Height < 1, $"page {page}: '{lines[i].Text}' overlaps '{lines[j].Text}'");
                }
            }
        }
    }

    [Fact]
    public void Render_LongNameAndAddress_ShrinkBeforeAnythingIsCut()
    {
        using var folder = new TempFolder();
        var (recorder, _, _) = Render(folder, TestPacks.Odd());

        var address = recorder.Texts.Where(t => t.Page == 1 && t.Box.Top >= Mm.Pt(EnvelopeWindow.Top) && t.Box.Left == Mm.Pt(EnvelopeWindow.Left)).ToList();
        Assert.NotEmpty(address);
        Assert.All(address, line => Assert.True(line.Size < Styles.Address.Size, "the address was shrunk"));
        Assert.All(address, line => Assert.True(line.Bounds.Bottom <= Mm.Pt(EnvelopeWindow.Top + EnvelopeWindow.Height) + 0.01, "the address stays in the window"));
    }

    [Fact]
    public void Render_EmptyOptionalFields_RendersWithoutThem()
    {
        using var folder = new TempFolder();
        var (recorder, pages, _) = Render(folder, TestPacks.Bare());

        Assert.Equal(3, pages);
        Assert.DoesNotContain("If undelivered", recorder.AllText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Help", recorder.AllText(), StringComparison.Ordinal);
        Assert.Contains("Vote for ONE candidate only", recorder.PageText(2), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SavedPdf_HoldsTheNameCodeAndContestsAsText()
    {
        using var folder = new TempFolder();
        var pack = TestPacks.Plain() with { AddresseeName = "Ffion Ŵyn-Jones ŷ", ContestIndexes = [0, 1] };
        var (_, _, path) = Render(folder, pack);

        var pages = PdfText.Pages(path);
        Assert.Equal(4, pages.Count);
        Assert.Contains("Ffion Ŵyn-Jones ŷ", pages[0]);
        Assert.Contains("K7QM-3XPT-9ABC-DEFG-HJKM-NPQR-ST", pages[0]);
        Assert.Contains("SW1A 1AA", pages[0]);
        Assert.Contains("Leader of the Party", pages[1]);
        Assert.Contains("Deputy Leader of the Party", pages[2]);
        Assert.Contains(SampleBallots.English.Contests[1].Candidates[0].Name, pages[2]);
        Assert.Contains("Page 4 of 4", pages[3]);
    }

    [Fact]
    public void Render_SamePaperInSeveralPacks_DrawnOnceAndShownOnEveryCopy()
    {
        using var folder = new TempFolder();
        var pack = TestPacks.Plain() with { ContestIndexes = [0] };
        var (_, pages, path) = Render(folder, pack, pack with { MembershipNumber = "L0000002" }, pack with { MembershipNumber = "L0000003" });

        Assert.Equal(9, pages);
        var text = PdfText.Pages(path);
        foreach (var paperPage in new[] { 1, 4, 7 })
        {
            Assert.Contains("Leader of the Party", text[paperPage]);
            Assert.Contains(SampleBallots.English.Contests[0].Candidates[3].Name, text[paperPage]);
            Assert.Contains("Ballot paper 1 of 1", text[paperPage]);
        }

        using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
        var forms = document.Pages.Cast<PdfPage>()
            .Select(page => page.Resources.Elements.GetDictionary("/XObject"))
            .Where(xobjects => xobjects is not null)
            .SelectMany(xobjects => xobjects!.Elements.Values.OfType<PdfSharp.Pdf.Advanced.PdfReference>().Select(r => r.ObjectID))
            .Distinct()
            .Count();
        Assert.Equal(1, forms);
    }
}
