using Omov.Counting;
using Omov.Counting.Ballots;
using Omov.Elections.Events;

namespace Omov.Elections.Results;

/// <summary>One contest after the box was opened: its anonymised ballots, what voters did, and the count.</summary>
/// <param name="Contest">The contest.</param>
/// <param name="Ballots">Its ballots, shuffled and aggregated (what the public BLT holds).</param>
/// <param name="BallotsCast">Ballots that had this contest on them.</param>
/// <param name="Blank">Of those, left blank here.</param>
/// <param name="Spoilt">Of those, spoilt here.</param>
/// <param name="Result">The count with its stages.</param>
public sealed record ContestOutcome(EventContest Contest, BallotBox Ballots, long BallotsCast, long Blank, long Spoilt, CountResult Result);
