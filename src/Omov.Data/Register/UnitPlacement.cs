using Omov.Elections.Register;

namespace Omov.Data.Register;

/// <summary>
/// Where a unit may sit in the tree: a region under a nation, a local party under a region, a
/// branch under a local party; nations and affiliates under nothing. Shared by the unit import
/// and the organisation page, so both refuse the same things with the same words.
/// </summary>
public static class UnitPlacement
{
    /// <summary>The kind of parent a unit of <paramref name="kind"/> needs, or null when it has none.</summary>
    public static OrganisationUnitKind? ParentKindOf(OrganisationUnitKind kind) => kind switch
    {
        OrganisationUnitKind.Region => OrganisationUnitKind.Nation,
        OrganisationUnitKind.LocalParty => OrganisationUnitKind.Region,
        OrganisationUnitKind.Branch => OrganisationUnitKind.LocalParty,
        _ => null,
    };

    /// <summary>
    /// Why <paramref name="unit"/> may not sit under <paramref name="parentCode"/> among
    /// <paramref name="units"/> (by code), or null when it may: no such parent, the parent inside
    /// the unit itself (a cycle), or a parent of the wrong kind.
    /// </summary>
    public static string? Check(OrganisationUnit unit, string? parentCode, IReadOnlyDictionary<string, OrganisationUnit> units)
    {
        ArgumentNullException.ThrowIfNull(unit);
        ArgumentNullException.ThrowIfNull(units);
        var expected = ParentKindOf(unit.Kind);
        if (parentCode is null)
        {
            return expected is null ? null : $"{A(unit.Kind)} needs the code of a {RegisterCodes.Of(expected.Value)} as its parent";
        }

        if (expected is null)
        {
            return $"{A(unit.Kind)} has no parent";
        }

        if (!units.TryGetValue(parentCode, out var parent))
        {
            return $"there is no unit with the code {parentCode}";
        }

        // Walk up from the new parent: meeting the unit itself means it would sit inside itself.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var at = parent; at is not null && seen.Add(at.Code); at = at.ParentCode is { } up ? units.GetValueOrDefault(up) : null)
        {
            if (string.Equals(at.Code, unit.Code, StringComparison.Ordinal))
            {
                return $"{parentCode} is inside {unit.Code}, so {unit.Code} cannot go under it (a unit cannot contain itself)";
            }
        }

        return parent.Kind == expected
            ? null
            : $"{A(unit.Kind)} goes under a {RegisterCodes.Of(expected.Value)}, and {parentCode} is a {RegisterCodes.Of(parent.Kind)}";
    }

    private static string A(OrganisationUnitKind kind) => (kind == OrganisationUnitKind.Affiliate ? "an " : "a ") + RegisterCodes.Of(kind);
}
