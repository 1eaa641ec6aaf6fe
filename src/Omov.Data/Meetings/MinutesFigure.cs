namespace Omov.Data.Meetings;

/// <summary>One candidate's votes in one round; null when the candidate no longer stood.</summary>
public sealed record MinutesFigure(string Candidate, long? Votes);
