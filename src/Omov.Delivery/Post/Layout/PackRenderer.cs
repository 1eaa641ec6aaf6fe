using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Omov.Delivery.Post.Wording;

namespace Omov.Delivery.Post.Layout;

/// <summary>
/// Draws whole packs as A4 pages appended to a PDF document: the letter, each ballot paper, the
/// return page, each with "Page i of n" at the foot. One renderer per thread (it keeps fonts and
/// measured widths); any number of packs go through it.
/// </summary>
public sealed class PackRenderer
{
    private readonly FontBook _fonts;
    private readonly IDrawingRecorder? _recorder;

    // Ballot-paper bodies already drawn into the current document, each a form XObject that every
    // later copy of that paper reuses: a paper is drawn once per print file, not once per member.
    private readonly Dictionary<(PostalBallot Ballot, PostalContest Contest, int Part), PaperBody> _papers = [];
    private PdfDocument? _papersDocument;

    /// <param name="recorder">Receives every line of text and QR code drawn (for tests), or null.</param>
    public PackRenderer(IDrawingRecorder? recorder = null)
    {
        PostFonts.Register();
        _fonts = new FontBook(XGraphics.CreateMeasureContext(new XSize(Mm.Pt(210), Mm.Pt(297)), XGraphicsUnit.Point, XPageDirection.Downwards));
        _recorder = recorder;
    }

    /// <summary>Lines shortened so far because even the smallest size did not fit.</summary>
    public int CutLines { get; private set; }

    /// <summary>Pages a pack takes: the letter, every page of every ballot paper, the return page.</summary>
    public static int PageCount(PostalPack pack)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return 2 + pack.Contests.Sum(BallotPaperPages.PagesFor);
    }

    /// <summary>Appends <paramref name="pack"/>'s pages to <paramref name="document"/>; returns how many.</summary>
    public int Render(PdfDocument document, PostalPack pack)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(pack);
        var words = PostalWording.For(pack.Language);
        var pages = PageCount(pack);
        var number = 0;
        var qr = QrMatrix.For(pack.VotingUrl);
        Page(document, words, ++number, pages, canvas => LetterPage.Draw(canvas, pack, words, qr));
        var contests = pack.Contests.ToList();
        if (!ReferenceEquals(document, _papersDocument))
        {
            _papers.Clear();
            _papersDocument = document;
        }

        for (var i = 0; i < contests.Count; i++)
        {
            var contest = contests[i];
            for (var part = 0; part < BallotPaperPages.PagesFor(contest); part++)
            {
                var paper = i + 1;
                var body = PaperBodyFor(document, pack.Ballot, contest, words, part);
                Page(document, words, ++number, pages, canvas =>
                {
                    canvas.Form(body.Form, body.Texts);
                    BallotPaperPages.DrawNumber(canvas, words, paper, contests.Count);
                });
            }
        }

        Page(document, words, ++number, pages, canvas => ReturnPage.Draw(canvas, pack, words));
        return pages;
    }

    private PaperBody PaperBodyFor(PdfDocument document, PostalBallot ballot, PostalContest contest, PostalWording words, int part)
    {
        if (_papers.TryGetValue((ballot, contest, part), out var body))
        {
            return body;
        }

        var form = new XForm(document, XUnit.FromMillimeter(210), XUnit.FromMillimeter(297));
        var texts = new List<DrawnText>();
        using (var graphics = XGraphics.FromForm(form))
        {
            var canvas = new PackCanvas(graphics, _fonts, 0, _recorder is null ? null : new ListRecorder(texts), () => CutLines++);
            BallotPaperPages.DrawBody(canvas, ballot, contest, words, part);
        }

        body = new PaperBody(form, texts);
        _papers[(ballot, contest, part)] = body;
        return body;
    }

    private void Page(PdfDocument document, PostalWording words, int number, int pages, Action<PackCanvas> draw)
    {
        var page = document.AddPage();
        page.Width = XUnit.FromMillimeter(210);
        page.Height = XUnit.FromMillimeter(297);
        using var graphics = XGraphics.FromPdfPage(page);
        var canvas = new PackCanvas(graphics, _fonts, document.PageCount, _recorder, () => CutLines++);
        draw(canvas);
        canvas.Text(words.PageNumber(number, pages), Styles.Margin, 287, Styles.Width, 4, Styles.Footer, maxLines: 1);
    }

    private sealed record PaperBody(XForm Form, List<DrawnText> Texts);

    /// <summary>Keeps what a form holds, to be replayed to the real recorder on every page that shows it.</summary>
    private sealed class ListRecorder(List<DrawnText> texts) : IDrawingRecorder
    {
        public void Text(DrawnText text) => texts.Add(text);

        public void Qr(DrawnQr qr)
        {
        }
    }
}
