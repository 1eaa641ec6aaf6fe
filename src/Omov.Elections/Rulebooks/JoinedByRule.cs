namespace Omov.Elections.Rulebooks;

/// <summary>
/// The freeze: the member joined at or before a local time ("5 pm on 20 Jan 2020") or on or before a
/// local date (the whole day counts). Compared with <see cref="Register.Member.JoinedAt"/> in UTC after
/// converting the cut-off with the rulebook's time zone, so daylight saving is honoured.
/// </summary>
/// <param name="By">The freeze cut-off.</param>
public sealed record JoinedByRule(LocalCutoff By) : Rule;
