using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

internal sealed class CompiledWithinUnitRule : CompiledRule
{
    private readonly HashSet<string> _inside;
    private readonly string _unitName;

    public CompiledWithinUnitRule(string unitCode, IOrganisationTree tree)
    {
        // Expand the subtree once, so a member costs one hash lookup.
        _inside = new HashSet<string>(
            tree.Units.Where(u => OrganisationTree.IsWithin(tree, u.Code, unitCode)).Select(u => u.Code),
            StringComparer.Ordinal);
        OrganisationUnit? unit = tree.Find(unitCode);
        _unitName = unit is null ? $"unit {unitCode} (not in the organisation)" : $"{unit.Name} ({unit.Code})";
    }

    public override string Kind => "withinUnit";

    public override bool Test(Member member) => _inside.Contains(member.LocalPartyCode);

    public override RuleOutcome Explain(Member member) => Test(member)
        ? Outcome(true, $"local party {member.LocalPartyCode} is within {_unitName}")
        : Outcome(false, $"local party {member.LocalPartyCode} is not within {_unitName}");
}
