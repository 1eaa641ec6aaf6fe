namespace Omov.Elections.Secrecy.Ballots;

/// <summary>
/// One contest as the plaintext format needs to know it: its number, how many candidates, whether
/// voters rank or select, and the most candidates one ballot may name (for a ranking usually all of
/// them; for FPTP 1; for a block vote the seats).
/// </summary>
public sealed record ContestLayout(int Contest, int Candidates, ChoiceKind Kind, int MaxChoices)
{
    /// <summary>A contest where voters rank up to every candidate (AV, STV).</summary>
    public static ContestLayout Ranked(int contest, int candidates) => new(contest, candidates, ChoiceKind.Ranking, candidates);

    /// <summary>A contest where voters mark up to <paramref name="seats"/> candidates (FPTP when 1, block vote otherwise).</summary>
    public static ContestLayout Marked(int contest, int candidates, int seats) => new(contest, candidates, ChoiceKind.Selection, seats);
}
