using Omov.Counting.Methods.Exhaustive;

namespace Omov.Elections.Meetings;

/// <summary>One nomination the meeting makes (e.g. "Leader"), with its candidates in the order their statements are read.</summary>
/// <param name="Name">What the nomination is for, as the party names the contest.</param>
/// <param name="Candidates">Candidates in statement order: the order the statements are read is the order recorded here.</param>
/// <param name="Method">How the room votes.</param>
/// <param name="TieRule">For an exhaustive ballot, how a tie for lowest is settled (fixed before the first round).</param>
public sealed record MeetingContest(string Name, IReadOnlyList<string> Candidates, MeetingVotingMethod Method = MeetingVotingMethod.Exhaustive, ExhaustiveTieRule TieRule = ExhaustiveTieRule.Lot);
