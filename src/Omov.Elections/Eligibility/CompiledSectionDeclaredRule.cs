using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledSectionDeclaredRule(Section section, LocalCutoff cutoff, TimeZoneInfo zone) : CompiledRule
{
    private readonly long _exclusiveTicks = cutoff.ExclusiveUtcTicks(zone);
    private readonly string _what = "self-identified as " + Wording.Section(section);

    public override string Kind => "sectionDeclared";

    public override bool Test(Member member)
    {
        IReadOnlyList<SectionDeclaration> sections = member.Sections;
        for (int i = 0; i < sections.Count; i++)
        {
            if (sections[i].Section == section && sections[i].DeclaredAt.UtcTicks < _exclusiveTicks)
            {
                return true;
            }
        }

        return false;
    }

    public override RuleOutcome Explain(Member member)
    {
        SectionDeclaration? earliest = member.Sections
            .Where(d => d.Section == section)
            .OrderBy(d => d.DeclaredAt.UtcTicks)
            .FirstOrDefault();
        string by = Wording.Cutoff(cutoff);
        if (earliest is null)
        {
            return Outcome(false, $"has not {_what} (needed by {by})");
        }

        string when = Wording.Instant(Rulebooks.ZoneTime.ToLocal(earliest.DeclaredAt, zone), cutoff);
        return Test(member)
            ? Outcome(true, $"{_what} {when}, by {by}")
            : Outcome(false, $"{_what} only {when}, after {by}");
    }
}
