using Omov.Elections.Register;

namespace Omov.Elections.Eligibility;

/// <summary>The organisation's units (nations, regions, local parties, branches, affiliates), looked up by code.</summary>
public interface IOrganisationTree
{
    /// <summary>Every unit.</summary>
    IReadOnlyCollection<OrganisationUnit> Units { get; }

    /// <summary>The unit with this code, or null.</summary>
    OrganisationUnit? Find(string code);
}
