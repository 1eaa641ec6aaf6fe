using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

/// <summary>An <see cref="IOrganisationTree"/> held in memory, built from a list of units.</summary>
public sealed class OrganisationTree : IOrganisationTree
{
    private readonly Dictionary<string, OrganisationUnit> _byCode;

    /// <summary>Builds the tree. Codes must be unique; a unit's parent need not be listed (it is then a root).</summary>
    public OrganisationTree(IEnumerable<OrganisationUnit> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        _byCode = new Dictionary<string, OrganisationUnit>(StringComparer.Ordinal);
        foreach (OrganisationUnit unit in units)
        {
            if (!_byCode.TryAdd(unit.Code, unit))
            {
                throw new ArgumentException($"Unit code '{unit.Code}' appears twice.", nameof(units));
            }
        }
    }

    /// <summary>A tree with no units.</summary>
    public static OrganisationTree Empty { get; } = new([]);

    /// <inheritdoc />
    public IReadOnlyCollection<OrganisationUnit> Units => _byCode.Values;

    /// <inheritdoc />
    public OrganisationUnit? Find(string code) => code is not null && _byCode.TryGetValue(code, out OrganisationUnit? unit) ? unit : null;

    /// <summary>
    /// Whether <paramref name="code"/> is <paramref name="ancestorCode"/> or lies under it. A loop in the
    /// parent links stops the walk rather than hanging it.
    /// </summary>
    public static bool IsWithin(IOrganisationTree tree, string code, string ancestorCode)
    {
        ArgumentNullException.ThrowIfNull(tree);
        string? current = code;
        for (int steps = 0; current is not null && steps <= tree.Units.Count; steps++)
        {
            if (string.Equals(current, ancestorCode, StringComparison.Ordinal))
            {
                return true;
            }

            current = tree.Find(current)?.ParentCode;
        }

        return false;
    }
}
