namespace Omov.Counting.Methods.Exhaustive;

/// <summary>One counted round of an exhaustive ballot, as the minutes record it.</summary>
/// <param name="Number">1-based round number.</param>
/// <param name="Continuing">The candidates standing in this round (0-based, ballot order).</param>
/// <param name="Votes">Votes per candidate in ballot order (zero for candidates not standing).</param>
/// <param name="Cast">Votes cast for candidates: the total a majority is measured against.</param>
/// <param name="Blank">Papers or hands for nobody.</param>
/// <param name="MajorityNeeded">The fewest votes that are more than half of <see cref="Cast"/>: floor(cast ÷ 2) + 1.</param>
/// <param name="Winner">The candidate with a majority (or the last remaining), if this round decided the ballot.</param>
/// <param name="Excluded">The candidate excluded after this round, if any.</param>
/// <param name="Exclusion">Why <see cref="Excluded"/> was chosen.</param>
/// <param name="TiedLowest">The candidates tied for fewest votes (empty when one was alone lowest).</param>
/// <param name="LookBackRound">For <see cref="ExhaustiveExclusion.LookBack"/>, the earlier round that settled the tie.</param>
public sealed record ExhaustiveRoundResult(
    int Number,
    IReadOnlyList<int> Continuing,
    IReadOnlyList<long> Votes,
    long Cast,
    long Blank,
    long MajorityNeeded,
    int? Winner,
    int? Excluded,
    ExhaustiveExclusion? Exclusion,
    IReadOnlyList<int> TiedLowest,
    int? LookBackRound);
