using Omov.Data.Register;
using Omov.Elections.Register;

namespace Omov.Data.Tests.Register;

public sealed class UnitPlacementTests
{
    private static readonly Dictionary<string, OrganisationUnit> s_units = new OrganisationUnit[]
    {
        new("EN", "England", OrganisationUnitKind.Nation, null),
        new("R-LON", "London", OrganisationUnitKind.Region, "EN"),
        new("CLP-001", "Hackney South", OrganisationUnitKind.LocalParty, "R-LON"),
        new("BR-001-1", "Hoxton East", OrganisationUnitKind.Branch, "CLP-001"),
        new("AFF-UNITE", "Unite", OrganisationUnitKind.Affiliate, null),
    }.ToDictionary(u => u.Code, StringComparer.Ordinal);

    [Theory]
    [InlineData("BR-001-1", "CLP-001")]
    [InlineData("CLP-001", "R-LON")]
    [InlineData("R-LON", "EN")]
    [InlineData("EN", null)]
    [InlineData("AFF-UNITE", null)]
    public void Check_RightKindOfParent_Allowed(string code, string? parent) =>
        Assert.Null(UnitPlacement.Check(s_units[code], parent, s_units));

    [Fact]
    public void Check_UnderItsOwnBranch_RefusedAsACycle()
    {
        var reason = UnitPlacement.Check(s_units["CLP-001"], "BR-001-1", s_units);

        Assert.Equal("BR-001-1 is inside CLP-001, so CLP-001 cannot go under it (a unit cannot contain itself)", reason);
    }

    [Fact]
    public void Check_UnderItself_RefusedAsACycle() =>
        Assert.Contains("cannot contain itself", UnitPlacement.Check(s_units["R-LON"], "R-LON", s_units), StringComparison.Ordinal);

    [Theory]
    [InlineData("EN", "BR-001-1", "a nation has no parent")]
    [InlineData("BR-001-1", "R-LON", "a branch goes under a local_party, and R-LON is a region")]
    [InlineData("CLP-001", null, "a local_party needs the code of a region as its parent")]
    [InlineData("BR-001-1", "CLP-999", "there is no unit with the code CLP-999")]
    [InlineData("AFF-UNITE", "EN", "an affiliate has no parent")]
    public void Check_WrongPlace_RefusedWithReason(string code, string? parent, string expected) =>
        Assert.Equal(expected, UnitPlacement.Check(s_units[code], parent, s_units));
}
