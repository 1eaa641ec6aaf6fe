namespace Omov.Elections.Rulebooks;

/// <summary>
/// Who may vote in (or attend, or stand in) a contest: versioned data, stored and exchanged as JSON.
/// The rules at the top level must all pass. Local times in the rules are in <see cref="TimeZone"/>.
/// </summary>
/// <param name="Id">A stable identifier (e.g. <c>labour-leader-2020</c>).</param>
/// <param name="Version">The version; a change to any rule is a new version.</param>
/// <param name="Title">A title for people.</param>
/// <param name="Rules">The conditions, all of which must pass.</param>
/// <param name="TimeZone">The organisation's IANA time zone.</param>
/// <param name="Source">Where the rules come from (a rule book clause, a notice).</param>
public sealed record Rulebook(
    string Id,
    int Version,
    string Title,
    IReadOnlyList<Rule> Rules,
    string TimeZone = Rulebook.DefaultTimeZone,
    string? Source = null)
{
    /// <summary>The default zone, for a UK organisation.</summary>
    public const string DefaultTimeZone = "Europe/London";
}
