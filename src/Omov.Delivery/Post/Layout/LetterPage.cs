using Omov.Delivery.Post.Wording;

namespace Omov.Delivery.Post.Layout;

/// <summary>
/// Page 1 of a pack: the window address, the covering letter, the voting code and the QR link to
/// vote online instead. Positions are millimetres from the top left of the A4 sheet.
/// </summary>
public static class LetterPage
{
    private const double QrSize = 42;

    public static void Draw(PackCanvas canvas, PostalPack pack, PostalWording words, bool[,] qr)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(words);
        const double left = Styles.Margin;
        const double width = Styles.Width;
        canvas.Text(pack.Ballot.EventTitle, left, 15, width, 20, Styles.Title, maxLines: 2);

        // The window: who sent it (so Royal Mail can return it), then the addressee. Only this
        // part of the top third shows through the envelope.
        var top = EnvelopeWindow.Top;
        if (pack.Ballot.SenderLine is { Length: > 0 } sender)
        {
            canvas.Text(words.SenderPrefix + " " + sender, EnvelopeWindow.Left, top, EnvelopeWindow.Width, EnvelopeWindow.SenderHeight, Styles.Sender, maxLines: 1);
            top += EnvelopeWindow.SenderHeight;
        }

        var address = new List<string>(pack.AddressLines.Count + 2) { pack.AddresseeName };
        address.AddRange(pack.AddressLines.Where(line => !string.IsNullOrWhiteSpace(line)));
        address.Add(pack.Postcode);
        canvas.Text(string.Join('\n', address), EnvelopeWindow.Left, top, EnvelopeWindow.Width, EnvelopeWindow.Top + EnvelopeWindow.Height - top, Styles.Address);

        // Beside the window, hidden by the envelope: the membership number for the member's records.
        canvas.Text(words.MembershipNumberLabel, 125, EnvelopeWindow.Top, 65, 5, Styles.Small, maxLines: 1);
        canvas.Text(pack.MembershipNumber, 125, EnvelopeWindow.Top + 5, 65, 7, Styles.BodyBold, maxLines: 1);

        var y = 90.0;
        y += canvas.Text(words.GreetingFor(pack.AddresseeName), left, y, width, 10, Styles.Body, maxLines: 2) + 3;
        y += canvas.Text(words.Intro, left, y, width, 14, Styles.Body) + 3;
        y += canvas.Text(words.ContestsHeading, left, y, width, 6, Styles.BodyBold, maxLines: 1) + 1;
        var contests = string.Join('\n', pack.Contests.Select(c => "• " + c.Title));
        y += canvas.Text(contests, left + 4, y, width - 4, 26, Styles.Body) + 3;
        y += canvas.Text(words.CloseFor(pack.Ballot.CloseText), left, y, width, 10, Styles.BodyBold) + 4;

        // The online panel: code and link on the left, QR on the right.
        var panelTop = Math.Max(y, 150);
        const double panelHeight = 68;
        canvas.Frame(left, panelTop, width, panelHeight, shaded: true);
        var textWidth = width - QrSize - 12;
        var py = panelTop + 4;
        py += canvas.Text(words.OnlineHeading, left + 4, py, textWidth, 7, Styles.Heading, maxLines: 1) + 1.5;
        py += canvas.Text(words.OnlineText, left + 4, py, textWidth, 12, Styles.Body) + 2;
        py += canvas.Text(words.CodeLabel, left + 4, py, textWidth, 5, Styles.Small, maxLines: 1) + 1;
        py += canvas.Text(pack.VotingCode, left + 4, py, textWidth, 12, Styles.Code, maxLines: 1) + 2.5;
        canvas.Text(pack.VotingUrl, left + 4, py, textWidth, panelTop + panelHeight - 11 - py, Styles.Link);
        canvas.Text(words.CodeSecret, left + 4, panelTop + panelHeight - 9, width - 8, 7, Styles.Small, maxLines: 2);
        canvas.Qr(pack.VotingUrl, qr, left + width - QrSize - 4, panelTop + 4, QrSize);

        y = panelTop + panelHeight + 5;
        y += canvas.Text(words.PostHeading, left, y, width, 7, Styles.Heading, maxLines: 1) + 1.5;
        y += canvas.Text(words.PostText, left, y, width, 10, Styles.Body) + 2;
        y += canvas.Text(words.OneVoteOnly, left, y, width, 10, Styles.BodyBold) + 4;
        if (pack.Ballot.HelpText is { Length: > 0 } help)
        {
            y += canvas.Text(words.HelpHeading, left, y, width, 6, Styles.BodyBold, maxLines: 1) + 1;
            canvas.Text(help, left, y, width, Math.Max(5, 280 - y), Styles.Small);
        }

        foreach (var fold in EnvelopeWindow.DlFolds)
        {
            canvas.FoldMark(fold);
        }
    }
}
