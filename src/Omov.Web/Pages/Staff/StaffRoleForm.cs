using Omov.Data;
using Omov.Elections.Register;
using Omov.Elections.Staff;

namespace Omov.Web.Pages.Staff;

/// <summary>The role fields shared by the new-account and edit pages, and their checks.</summary>
internal sealed class StaffRoleForm
{
    public StaffRole Role { get; set; } = StaffRole.Administrator;

    public string? LocalPartyCode { get; set; }

    /// <summary>What is wrong, or null; the local party must be a stored local party.</summary>
    public async Task<string?> CheckAsync(OmovDatabase database, CancellationToken cancellationToken)
    {
        if (Role != StaffRole.LocalOfficer)
        {
            LocalPartyCode = null;
            return null;
        }

        LocalPartyCode = LocalPartyCode?.Trim();
        if (string.IsNullOrEmpty(LocalPartyCode))
        {
            return "Enter the local party code for a local officer.";
        }

        var unit = await database.Units.GetAsync(LocalPartyCode, cancellationToken);
        return unit is { Kind: OrganisationUnitKind.LocalParty } ? null : $"There is no local party with the code {LocalPartyCode}.";
    }
}
