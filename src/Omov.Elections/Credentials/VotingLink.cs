namespace Omov.Elections.Credentials;

/// <summary>
/// The link in a ballot email or behind a postal pack's QR code: the voting page's address with the
/// code's link token (<see cref="VotingCode.ToLinkToken"/>) as a last path segment, e.g.
/// <c>https://vote.example.org/vote/3KQ7M2XD…</c>. The page reads the segment with
/// <see cref="VotingCode.Parse"/>, so a link cut short or altered is caught by the check characters.
/// The code in a link is a secret in a URL: the voting page must send <c>Referrer-Policy: no-referrer</c>
/// and access logs must not record its path (docs/secret-ballot.md).
/// </summary>
public static class VotingLink
{
    /// <summary>The link for <paramref name="code"/> under <paramref name="votingPage"/> (an absolute address).</summary>
    public static Uri For(Uri votingPage, VotingCode code)
    {
        ArgumentNullException.ThrowIfNull(votingPage);
        ArgumentNullException.ThrowIfNull(code);
        if (!votingPage.IsAbsoluteUri)
        {
            throw new ArgumentException("The voting page must be an absolute address.", nameof(votingPage));
        }

        var page = votingPage.AbsoluteUri.EndsWith('/') ? votingPage : new Uri(votingPage.AbsoluteUri + "/");
        return new Uri(page, code.ToLinkToken());
    }
}
