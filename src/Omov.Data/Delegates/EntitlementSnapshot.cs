using Omov.Elections.Delegates;

namespace Omov.Data.Delegates;

/// <summary>A stored entitlement calculation: the rules as applied, when, by whom, and every local party's entitlement.</summary>
/// <param name="Id">The snapshot's id.</param>
/// <param name="Year">The conference year it is for.</param>
/// <param name="CountDate">The date members were counted on.</param>
/// <param name="RulesId">The delegate rules' id.</param>
/// <param name="RulesVersion">Their version.</param>
/// <param name="RulesJson">The rules exactly as applied.</param>
/// <param name="CalculatedAt">When.</param>
/// <param name="CalculatedBy">Who (a staff username, or <c>cli:</c> and the operating-system user).</param>
/// <param name="Parties">Every local party's entitlement, by code.</param>
public sealed record EntitlementSnapshot(
    long Id,
    int Year,
    DateOnly CountDate,
    string RulesId,
    int RulesVersion,
    string RulesJson,
    DateTimeOffset CalculatedAt,
    string CalculatedBy,
    IReadOnlyList<DelegateEntitlement> Parties);
