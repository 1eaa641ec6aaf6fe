using Omov.Elections.Nominations;

namespace Omov.Data.Nominations;

/// <summary>A nomination an officer asks to record.</summary>
/// <param name="ContestCode">The contest.</param>
/// <param name="BodyKind">The kind of body nominating.</param>
/// <param name="BodyCode">The body's code.</param>
/// <param name="CandidateCode">The candidate's code in the contest.</param>
/// <param name="Decision">The meeting or decision it came from, e.g. "All-member meeting, 11 Feb 2020".</param>
public sealed record NominationRequest(string ContestCode, NominatingBodyKind BodyKind, string BodyCode, string CandidateCode, string Decision);
