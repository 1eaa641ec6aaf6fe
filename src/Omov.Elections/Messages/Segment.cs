using System.Text.Json.Serialization;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Messages;

/// <summary>
/// Who a message goes to, as data: the members who pass every condition given. It becomes a
/// <see cref="Rulebook"/> (<see cref="SegmentRules"/>), so selection is the same compiled
/// eligibility code that builds rolls, and "eligible under contest X" is just X's rulebook.
/// </summary>
/// <param name="UnitCode">A local party, region or nation (members of it or of any unit under it); null for everyone.</param>
/// <param name="Statuses">The member statuses included (at least one).</param>
/// <param name="JoinedBy">Joined on or before this local cut-off, if given (e.g. "member since on or before 17 December 2019").</param>
/// <param name="PaidUpBy">Paid up to at least this date, if given.</param>
/// <param name="Sections">Members who have declared any one of these sections; empty for no condition.</param>
/// <param name="ContestCode">Also eligible under this contest's rulebook, if given.</param>
public sealed record Segment(
    string? UnitCode,
    IReadOnlyList<MemberStatus> Statuses,
    LocalCutoff? JoinedBy = null,
    DateOnly? PaidUpBy = null,
    IReadOnlyList<Section>? Sections = null,
    string? ContestCode = null)
{
    /// <summary>The sections, never null.</summary>
    [JsonIgnore]
    public IReadOnlyList<Section> SectionList => Sections ?? [];
}
