namespace Omov.Data.Meetings;

/// <summary>
/// A meeting's nomination for one contest: what the nominations record takes from a meeting (the
/// hook for recording a local party's supporting nomination).
/// </summary>
/// <param name="MeetingId">The meeting.</param>
/// <param name="LocalPartyCode">The nominating local party.</param>
/// <param name="ContestIndex">The contest's position in the meeting.</param>
/// <param name="Contest">What the nomination is for.</param>
/// <param name="Nominee">The candidate nominated.</param>
/// <param name="Decision">How: <c>majority</c>, <c>last-remaining</c> (exhaustive ballot) or <c>av</c>.</param>
/// <param name="DeclaredBy">The audit actor who entered the deciding figures.</param>
/// <param name="DeclaredAt">When.</param>
public sealed record MeetingNomination(Guid MeetingId, string LocalPartyCode, int ContestIndex, string Contest, string Nominee, string Decision, string DeclaredBy, DateTimeOffset DeclaredAt);
