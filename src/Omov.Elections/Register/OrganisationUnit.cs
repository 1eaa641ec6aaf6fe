namespace Omov.Elections.Register;

/// <summary>
/// One unit of the organisation's structure: a nation, region, local party, branch or affiliate.
/// Units form a tree through <see cref="ParentCode"/> (branch → local party → region → nation);
/// affiliates stand outside it.
/// </summary>
/// <param name="Code">A short stable code, unique across the organisation (e.g. <c>CLP-0412</c>).</param>
/// <param name="Name">The name members know it by.</param>
/// <param name="Kind">Its level.</param>
/// <param name="ParentCode">The code of the unit it belongs to, or null for nations and affiliates.</param>
public sealed record OrganisationUnit(string Code, string Name, OrganisationUnitKind Kind, string? ParentCode);
