namespace Omov.Data.Contests;

/// <summary>One rulebook a contest has had: the history that shows which rules any roll was frozen under.</summary>
/// <param name="Revision">1 for the rulebook the contest was created with, then one more per change.</param>
/// <param name="RulebookJson">The rulebook's JSON text.</param>
/// <param name="RulebookDigest">SHA-256 of the text, lower-case hex.</param>
/// <param name="ChangedAt">When it was set (UTC).</param>
/// <param name="ChangedBy">Who set it (a staff username or <c>cli:</c> user).</param>
public sealed record ContestRulebookRevision(int Revision, string RulebookJson, string RulebookDigest, DateTimeOffset ChangedAt, string ChangedBy);
