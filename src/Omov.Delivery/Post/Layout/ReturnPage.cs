using System.Globalization;
using Omov.Delivery.Post.Wording;

namespace Omov.Delivery.Post.Layout;

/// <summary>
/// The last page: how to send the papers back, the return address, and the return statement the
/// member signs. The statement travels outside the sealed ballot-paper envelope, so whoever
/// checks it never sees the votes.
/// </summary>
public static class ReturnPage
{
    public static void Draw(PackCanvas canvas, PostalPack pack, PostalWording words)
    {
        ArgumentNullException.ThrowIfNull(canvas);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(words);
        const double left = Styles.Margin;
        const double width = Styles.Width;
        canvas.Text(pack.Ballot.EventTitle, left, 12, width, 8, Styles.Small, maxLines: 2);
        var y = 22.0;
        y += canvas.Text(words.ReturnHeading, left, y, width, 9, Styles.Title, maxLines: 1) + 4;
        for (var i = 0; i < words.ReturnSteps.Count; i++)
        {
            canvas.Text((i + 1).ToString(CultureInfo.InvariantCulture) + ".", left, y, 6, 6, Styles.BodyBold, maxLines: 1);
            y += canvas.Text(words.ReturnSteps[i], left + 7, y, width - 7, 10, Styles.Body) + 2;
        }

        if (pack.Ballot.ExtraReturnInstructions is { Length: > 0 } extra)
        {
            y += canvas.Text(extra, left, y + 1, width, 20, Styles.Body) + 3;
        }

        y += canvas.Text(words.CloseFor(pack.Ballot.CloseText), left, y + 1, width, 10, Styles.BodyBold) + 5;
        y += canvas.Text(words.ReturnAddressLabel, left, y, width, 6, Styles.BodyBold, maxLines: 1) + 1;
        y += canvas.Text(string.Join('\n', pack.Ballot.ReturnAddressLines), left + 4, y, 100, 28, Styles.Body) + 6;

        // The statement: cut along the rule and returned with the sealed envelope.
        y = Math.Max(y, 150);
        canvas.Rule(left, y, width, 0.3);
        y += 5;
        canvas.Frame(left, y, width, 95);
        var sy = y + 4;
        sy += canvas.Text(words.StatementHeading, left + 4, sy, width - 8, 8, Styles.Heading, maxLines: 1) + 3;
        sy += canvas.Text(pack.AddresseeName, left + 4, sy, width - 8, 10, Styles.BodyBold, maxLines: 2) + 1;
        sy += canvas.Text(words.MembershipNumberLabel + ": " + pack.MembershipNumber, left + 4, sy, width - 8, 6, Styles.Body, maxLines: 1) + 4;
        sy += canvas.Text(words.StatementText, left + 4, sy, width - 8, 12, Styles.Body) + 14;
        canvas.Rule(left + 4, sy, 100);
        canvas.Rule(left + 115, sy, width - 119);
        canvas.Text(words.SignatureLabel, left + 4, sy + 1.5, 100, 5, Styles.Small, maxLines: 1);
        canvas.Text(words.DateLabel, left + 115, sy + 1.5, width - 119, 5, Styles.Small, maxLines: 1);
        if (pack.Ballot.HelpText is { Length: > 0 } help)
        {
            canvas.Text(words.HelpHeading + ": " + help, left + 4, y + 95 - 16, width - 8, 12, Styles.Small);
        }
    }
}
