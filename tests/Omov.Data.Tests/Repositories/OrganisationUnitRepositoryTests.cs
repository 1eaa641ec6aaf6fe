using Omov.Data.Tests.Providers;
using Omov.Elections.Register;

namespace Omov.Data.Tests.Repositories;

public abstract class OrganisationUnitRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private static readonly OrganisationUnit[] s_units =
    [
        new("EN", "England", OrganisationUnitKind.Nation, null),
        new("R-LON", "London", OrganisationUnitKind.Region, "EN"),
        new("R-NW", "North West", OrganisationUnitKind.Region, "EN"),
        new("CLP-001", "Hackney South", OrganisationUnitKind.LocalParty, "R-LON"),
        new("BR-001-1", "Hoxton East", OrganisationUnitKind.Branch, "CLP-001"),
        new("AFF-UNITE", "Unite", OrganisationUnitKind.Affiliate, null),
    ];

    private readonly TProvider _provider = new();

    [Fact]
    public async Task AddAsync_NewCode_AddsAndTakenCode_ChangesNothing()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Units.UpsertAsync(s_units);

        var added = await db.Units.AddAsync(new OrganisationUnit("CLP-002", "Manchester Central", OrganisationUnitKind.LocalParty, "R-NW"));
        var again = await db.Units.AddAsync(new OrganisationUnit("CLP-001", "Impostor", OrganisationUnitKind.Branch, null));

        Assert.True(added);
        Assert.False(again);
        Assert.Equal(new OrganisationUnit("CLP-002", "Manchester Central", OrganisationUnitKind.LocalParty, "R-NW"), await db.Units.GetAsync("CLP-002"));
        Assert.Equal(s_units[3], await db.Units.GetAsync("CLP-001"));
    }

    [Fact]
    public async Task RenameAndMoveAsync_ChangeOnlyThatUnit_FalseWhenUnknown()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Units.UpsertAsync(s_units);

        Assert.True(await db.Units.RenameAsync("CLP-001", "Hackney South and Shoreditch"));
        Assert.True(await db.Units.MoveAsync("CLP-001", "R-NW"));
        Assert.False(await db.Units.RenameAsync("nope", "x"));
        Assert.False(await db.Units.MoveAsync("nope", null));

        Assert.Equal(new OrganisationUnit("CLP-001", "Hackney South and Shoreditch", OrganisationUnitKind.LocalParty, "R-NW"), await db.Units.GetAsync("CLP-001"));
        Assert.Equal(s_units[4], await db.Units.GetAsync("BR-001-1"));
        Assert.True(await db.Units.MoveAsync("BR-001-1", null));
        Assert.Null((await db.Units.GetAsync("BR-001-1"))!.ParentCode);
    }

    [Fact]
    public async Task CountMembersAsync_ByLocalPartyBranchAndAffiliate()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Units.UpsertAsync(s_units);
        await db.Members.BulkUpsertAsync(Members.Many(30));

        var counts = await db.Units.CountMembersAsync();

        // Even-numbered members are in CLP-001 / BR-001-1; odd ones in CLP-002 with Unite.
        Assert.Equal(15, counts["CLP-001"]);
        Assert.Equal(15, counts["BR-001-1"]);
        Assert.Equal(15, counts["CLP-002"]);
        Assert.Equal(15, counts["AFF-UNITE"]);
        Assert.False(counts.ContainsKey("R-LON"));
    }
}

public sealed class SqliteOrganisationUnitRepositoryTests : OrganisationUnitRepositoryTests<SqliteProvider>;

public sealed class PostgresOrganisationUnitRepositoryTests : OrganisationUnitRepositoryTests<PostgresProvider>;
