using Omov.Delivery.Post.Wording;

namespace Omov.Delivery.Post.Layout;

/// <summary>
/// The ballot paper for one contest: its title, the instruction for its method, and a row per
/// candidate with a box beside the name (a preference for AV/STV, a cross for FPTP/block). A
/// paper carries nothing that identifies the member. Rows shrink to fit; a contest with more
/// candidates than fit at the smallest row height continues on further pages.
/// </summary>
public static class BallotPaperPages
{
    private const double RowsTop = 78;
    private const double RowsBottom = 278;
    private const double MaxRowHeight = 22;
    private const double MinRowHeight = 7;
    private const double BoxColumn = 166;

    /// <summary>Candidates that fit on one page.</summary>
    public static int RowsPerPage { get; } = (int)Math.Floor((RowsBottom - RowsTop) / MinRowHeight);

    /// <summary>Pages the paper for <paramref name="contest"/> takes.</summary>
    public static int PagesFor(PostalContest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        return Math.Max(1, (contest.Candidates.Count + RowsPerPage - 1) / RowsPerPage);
    }

    /// <summary>What differs between two members' copies of the same paper: its number in their pack.</summary>
    public static void DrawNumber(PackCanvas canvas, PostalWording words, int paper, int papers)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(words);
        canvas.Text(words.PaperNumber(paper, papers), 145, 10, 45, 4, Styles.Small, maxLines: 1);
    }

    /// <summary>
    /// Draws everything else on page <paramref name="part"/> (0-based) of the paper: the same for
    /// every member with this contest in this language, so it is drawn once per print file.
    /// </summary>
    public static void DrawBody(PackCanvas canvas, PostalBallot ballot, PostalContest contest, PostalWording words, int part)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(ballot);
        ArgumentNullException.ThrowIfNull(contest);
        ArgumentNullException.ThrowIfNull(words);
        const double left = Styles.Margin;
        const double width = Styles.Width;
        canvas.Text(ballot.EventTitle, left, 10, 120, 8, Styles.Small, maxLines: 2);
        canvas.Text(words.BallotPaperHeading, left, 19, width, 6, Styles.BodyBold, maxLines: 1);
        canvas.Text(contest.Title, left, 26, width, 14, Styles.Title, maxLines: 2);

        canvas.Frame(left, 42, width, 32, shaded: true);
        var y = 45.0;
        y += canvas.Text(words.InstructionFor(contest), left + 4, y, width - 8, contest.Note is null ? 18 : 12, Styles.BodyBold) + 1.5;
        if (contest.Note is { Length: > 0 } note)
        {
            y += canvas.Text(note, left + 4, y, width - 8, 6, Styles.Body) + 1.5;
        }

        canvas.Text(words.NoOtherMarks, left + 4, Math.Max(y, 66), width - 8, 6, Styles.Small, maxLines: 2);

        var rows = contest.Candidates.Skip(part * RowsPerPage).Take(RowsPerPage).ToList();
        var rowHeight = rows.Count == 0 ? MaxRowHeight : Math.Clamp((RowsBottom - RowsTop) / rows.Count, MinRowHeight, MaxRowHeight);
        var boxSize = Math.Min(rowHeight - 2, 13);
        y = RowsTop;
        foreach (var candidate in rows)
        {
            canvas.Rule(left, y, width, 0.4);
            var detail = string.Join(" · ", new[] { candidate.Description, candidate.Group }.Where(s => !string.IsNullOrWhiteSpace(s)));
            const double nameWidth = BoxColumn - left - 4;
            if (detail.Length > 0 && rowHeight >= 11)
            {
                var nameHeight = (rowHeight - 2) * 0.55;
                canvas.Text(candidate.Name, left + 2, y + 1, nameWidth, nameHeight, Styles.Candidate, maxLines: 2);
                canvas.Text(detail, left + 2, y + 1 + nameHeight, nameWidth, rowHeight - 2 - nameHeight, Styles.CandidateDetail, maxLines: 2);
            }
            else
            {
                // Too little room for a second line: the detail follows the name on one line.
                var text = detail.Length > 0 ? candidate.Name + " (" + detail + ")" : candidate.Name;
                canvas.Text(text, left + 2, y + 1, nameWidth, rowHeight - 2, Styles.Candidate, maxLines: 2);
            }

            canvas.MarkBox(BoxColumn + ((left + width - BoxColumn - boxSize) / 2), y + ((rowHeight - boxSize) / 2), boxSize);
            y += rowHeight;
        }

        canvas.Rule(left, y, width, 0.4);
    }
}
