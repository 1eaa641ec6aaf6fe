namespace Omov.Elections.Messages;

/// <summary>Whether an address in the register is worth sending to.</summary>
public static class EmailAddresses
{
    /// <summary>
    /// Whether <paramref name="email"/> looks deliverable: one '@' with something before it, a
    /// domain with a dot after it, and no spaces. The SMTP server has the last word (a bounce);
    /// this only keeps blanks and obvious typos out of the figures and the outbox.
    /// </summary>
    public static bool IsUsable(string? email)
    {
        if (string.IsNullOrWhiteSpace(email) || email.Any(char.IsWhiteSpace))
        {
            return false;
        }

        var at = email.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != email.LastIndexOf('@'))
        {
            return false;
        }

        var domain = email[(at + 1)..];
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot > 0 && dot < domain.Length - 1;
    }
}
