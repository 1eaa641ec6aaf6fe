namespace Omov.Cli.Parsing;

/// <summary>
/// <c>--tie-break seed=S</c> (the lot's seed, as a report prints it) or
/// <c>--tie-break order=NAME,NAME,...</c> (a lot drawn by hand, most favoured first).
/// </summary>
/// <param name="Seed">The seed, or null.</param>
/// <param name="Order">Candidate names or numbers, or null.</param>
internal sealed record TieBreakSpec(string? Seed, IReadOnlyList<string>? Order)
{
    public static Parsed<TieBreakSpec> Parse(string text)
    {
        const string Seed = "seed=";
        const string Order = "order=";
        if (text.StartsWith(Seed, StringComparison.OrdinalIgnoreCase) && text.Length > Seed.Length)
        {
            return Parsed<TieBreakSpec>.Ok(new TieBreakSpec(text[Seed.Length..].Trim(), null));
        }

        if (text.StartsWith(Order, StringComparison.OrdinalIgnoreCase) && CandidateReferences.Split(text[Order.Length..]) is { Count: > 0 } order)
        {
            return Parsed<TieBreakSpec>.Ok(new TieBreakSpec(null, order));
        }

        return Parsed<TieBreakSpec>.Fail($"--tie-break: expected seed=S or order=NAME,NAME,... (got '{text}')");
    }
}
