using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Messages;

/// <summary>Turns a <see cref="Segment"/> into the rulebook that selects its members.</summary>
public static class SegmentRules
{
    /// <summary>The id every segment rulebook carries.</summary>
    public const string RulebookId = "message-segment";

    /// <summary>
    /// The rulebook: each condition of the segment as a rule, and when a contest is named, its
    /// rulebook's rules too (all must pass). Sections count when declared by <paramref name="sectionsBy"/>
    /// (the send day): a segment is about who the members are now, not at a past freeze.
    /// </summary>
    /// <param name="segment">The segment.</param>
    /// <param name="contestRulebook">The rulebook of <see cref="Segment.ContestCode"/>, when it names one.</param>
    /// <param name="sectionsBy">The cut-off for section declarations.</param>
    /// <param name="description">Words for people, kept as the rulebook's title.</param>
    public static Rulebook Build(Segment segment, Rulebook? contestRulebook, LocalCutoff sectionsBy, string description)
    {
        ArgumentNullException.ThrowIfNull(segment);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        if (segment.ContestCode is not null && contestRulebook is null)
        {
            throw new ArgumentException($"segment names contest {segment.ContestCode} but no rulebook was given", nameof(contestRulebook));
        }

        // Status first: a lean read filters on a top-level status rule at the source.
        var rules = new List<Rule> { new StatusRule([.. segment.Statuses.Distinct()]) };
        if (segment.UnitCode is { } unit)
        {
            rules.Add(new WithinUnitRule(unit));
        }

        if (segment.JoinedBy is { } joined)
        {
            rules.Add(new JoinedByRule(joined));
        }

        if (segment.PaidUpBy is { } paid)
        {
            rules.Add(new PaidUpByRule(paid));
        }

        var sections = segment.SectionList.Distinct().ToList();
        if (sections.Count == 1)
        {
            rules.Add(new SectionDeclaredRule(sections[0], sectionsBy));
        }
        else if (sections.Count > 1)
        {
            rules.Add(new AnyOfRule([.. sections.Select(s => (Rule)new SectionDeclaredRule(s, sectionsBy))]));
        }

        if (contestRulebook is not null)
        {
            rules.AddRange(contestRulebook.Rules);
        }

        return new Rulebook(RulebookId, 1, description, rules, contestRulebook?.TimeZone ?? Rulebook.DefaultTimeZone,
            contestRulebook is null ? null : $"contest {segment.ContestCode}: {contestRulebook.Id} v{contestRulebook.Version}");
    }

    /// <summary>Whether <paramref name="segment"/> lists no status (every segment needs one).</summary>
    public static bool HasNoStatus(Segment segment) => segment is null || segment.Statuses.Count == 0 || segment.Statuses.Any(s => !Enum.IsDefined(s));

    /// <summary>The statuses a segment includes unless told otherwise: full members.</summary>
    public static IReadOnlyList<MemberStatus> DefaultStatuses { get; } = [MemberStatus.Full];
}
