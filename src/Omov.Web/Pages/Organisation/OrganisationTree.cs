using Omov.Elections.Register;

namespace Omov.Web.Pages.Organisation;

/// <summary>
/// Units arranged for display: each unit's children by name, and member counts summed up the
/// tree (a region counts its local parties' members). Units whose parent is missing are listed
/// at the top so that nothing imported is hidden.
/// </summary>
internal sealed class OrganisationTree
{
    private readonly Dictionary<string, List<OrganisationUnit>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> _totals = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, long> _direct;

    public OrganisationTree(IReadOnlyList<OrganisationUnit> units, IReadOnlyDictionary<string, long> directCounts)
    {
        _direct = directCounts;
        var byCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
        var roots = new List<OrganisationUnit>();
        foreach (var unit in units.OrderBy(u => u.Name, StringComparer.OrdinalIgnoreCase))
        {
            if (unit.ParentCode is { } parent && byCode.ContainsKey(parent))
            {
                (_children.TryGetValue(parent, out var list) ? list : _children[parent] = []).Add(unit);
            }
            else
            {
                roots.Add(unit);
            }
        }

        Roots = [.. roots.Where(u => u.Kind != OrganisationUnitKind.Affiliate)];
        Affiliates = [.. roots.Where(u => u.Kind == OrganisationUnitKind.Affiliate)];
        Count = units.Count;
    }

    public IReadOnlyList<OrganisationUnit> Roots { get; }

    public IReadOnlyList<OrganisationUnit> Affiliates { get; }

    public int Count { get; }

    public IReadOnlyList<OrganisationUnit> ChildrenOf(OrganisationUnit unit) => _children.TryGetValue(unit.Code, out var list) ? list : [];

    /// <summary>Members in <paramref name="unit"/>: a branch's or affiliate's own, a local party's own, a region's or nation's summed from their local parties.</summary>
    public long MembersIn(OrganisationUnit unit)
    {
        if (_totals.TryGetValue(unit.Code, out var total))
        {
            return total;
        }

        // Local parties hold every member (branches are within them), so count down to them only.
        total = unit.Kind is OrganisationUnitKind.LocalParty or OrganisationUnitKind.Branch or OrganisationUnitKind.Affiliate
            ? _direct.GetValueOrDefault(unit.Code)
            : ChildrenOf(unit).Sum(MembersIn);
        _totals[unit.Code] = total;
        return total;
    }
}
