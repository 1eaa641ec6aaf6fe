using Omov.Data.Tests.Providers;
using Omov.Elections.Register;

namespace Omov.Data.Tests.Repositories;

public abstract class MemberRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task OpenAsync_EmptyThenAgain_MigratesOnceAndKeepsData()
    {
        await using var test = await _provider.CreateAsync();
        using (var first = await test.OpenAsync())
        {
            Assert.Equal(0, await first.Members.CountAsync());
            await first.Members.UpsertAsync(Members.Full());
        }

        using var second = await test.OpenAsync();
        Assert.Equal(1, await second.Members.CountAsync());
    }

    [Fact]
    public async Task UpsertAsync_EveryField_RoundTrips()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var member = Members.Full();
        await db.Members.UpsertAsync(member);

        var read = await db.Members.GetAsync(member.MembershipNumber);

        Assert.Equal(Members.Describe(member), Members.Describe(read));
        Assert.Equal(3, read!.Sections.Count);
    }

    [Fact]
    public async Task UpsertAsync_NullEmailAddressAndBirth_RoundTrips()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var member = Members.Bare();
        await db.Members.UpsertAsync(member);

        var read = await db.Members.GetAsync(member.MembershipNumber);

        Assert.Equal(Members.Describe(member), Members.Describe(read));
        Assert.Null(read!.Email);
        Assert.Null(read.Address);
        Assert.Null(read.DateOfBirth);
        Assert.Empty(read.Sections);
        Assert.True(read.IsAffiliatedSupporter);
    }

    [Fact]
    public async Task UpsertAsync_SameNumber_Replaces()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.UpsertAsync(Members.Full("X1"));
        await db.Members.UpsertAsync(Members.Bare("X1"));

        Assert.Equal(1, await db.Members.CountAsync());
        Assert.Equal(Members.Describe(Members.Bare("X1")), Members.Describe(await db.Members.GetAsync("X1")));
    }

    [Fact]
    public async Task CountInSectionAsync_WithCutOff_CountsDeclarationsUpToIt()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.UpsertAsync(Members.Full("S1"));
        await db.Members.UpsertAsync(Members.Bare("S2"));

        // Full() declared LGBT+ at 16:59:59 UTC on 20 Jan 2020.
        Assert.Equal(1, await db.Members.CountInSectionAsync(Section.LgbtPlus));
        Assert.Equal(1, await db.Members.CountInSectionAsync(Section.LgbtPlus, new DateTimeOffset(2020, 1, 20, 17, 0, 0, TimeSpan.Zero)));
        Assert.Equal(0, await db.Members.CountInSectionAsync(Section.LgbtPlus, new DateTimeOffset(2020, 1, 20, 16, 59, 58, TimeSpan.Zero)));
        Assert.Equal(0, await db.Members.CountInSectionAsync(Section.Disabled));
    }

    [Fact]
    public async Task GetAsync_Unknown_ReturnsNull()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        Assert.Null(await db.Members.GetAsync("nobody"));
    }

    [Fact]
    public async Task SearchAsync_NameNumberPostcode_FindsAndPages()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.BulkUpsertAsync(Members.Many(30));

        var byName = await db.Members.SearchAsync("name1", offset: 0, limit: 5);
        var nextPage = await db.Members.SearchAsync("NAME1", offset: 5, limit: 5);
        var byNumber = await db.Members.SearchAsync("M0000007");
        var byPostcode = await db.Members.SearchAsync("m155");

        Assert.Equal(11, byName.Total); // Name1, Name10..Name19
        Assert.Equal(5, byName.Members.Count);
        Assert.Equal(5, nextPage.Members.Count);
        Assert.Empty(byName.Members.Select(m => m.MembershipNumber).Intersect(nextPage.Members.Select(m => m.MembershipNumber)));
        Assert.Equal("M0000007", Assert.Single(byNumber.Members).MembershipNumber);
        Assert.Equal(15, byPostcode.Total);
    }

    [Fact]
    public async Task SearchAsync_LocalPartyScope_FindsOnlyThatPartysMembers()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.BulkUpsertAsync(Members.Many(30));

        var scoped = await db.Members.SearchAsync("name1", "CLP-002", offset: 0, limit: 50);
        var otherPartysNumber = await db.Members.SearchAsync("M0000010", "CLP-002");
        var unscoped = await db.Members.SearchAsync("name1", localPartyCode: null);

        // Name1, Name11, Name13, Name15, Name17, Name19 are odd, so in CLP-002.
        Assert.Equal(6, scoped.Total);
        Assert.All(scoped.Members, m => Assert.Equal("CLP-002", m.LocalPartyCode));
        Assert.Equal(0, otherPartysNumber.Total);
        Assert.Equal(11, unscoped.Total);
    }

    [Fact]
    public async Task StreamSearchAsync_Scoped_SameMembersAsSearchInOrder()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.BulkUpsertAsync(Members.Many(30));

        var streamed = new List<string>();
        await foreach (var member in db.Members.StreamSearchAsync("name", "CLP-001"))
        {
            streamed.Add(member.MembershipNumber);
        }

        var paged = await db.Members.SearchAsync("name", "CLP-001", 0, 100);
        Assert.Equal(15, streamed.Count);
        Assert.Equal(paged.Members.Select(m => m.MembershipNumber), streamed);
    }

    [Theory]
    [InlineData("ada okon", 1)]
    [InlineData("ADA OKONKWO-SMITH", 1)]
    [InlineData("ad okon", 0)]
    [InlineData("okonkwo", 1)]
    [InlineData("m155ab", 1)]
    [InlineData("M15 5A", 1)]
    [InlineData("m1", 1)]
    [InlineData("m16", 0)]
    [InlineData("bob jones", 1)]
    public async Task SearchAsync_FullNameAndPostcodeForms_Found(string text, int expected)
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.UpsertAsync(Members.Full("X1"));
        await db.Members.UpsertAsync(Members.Bare("X2"));

        Assert.Equal(expected, (await db.Members.SearchAsync(text)).Total);
    }

    [Fact]
    public async Task SearchAsync_SqlLookingText_IsJustData()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        const string hostile = "Robert'); DROP TABLE members;--";
        await db.Members.UpsertAsync(Members.Bare("Z1") with { LastName = hostile });
        await db.Members.UpsertAsync(Members.Bare("Z2") with { LastName = "100%_sure" });

        var found = await db.Members.SearchAsync(hostile);
        var wildcard = await db.Members.SearchAsync("%");

        Assert.Equal(hostile, Assert.Single(found.Members).LastName);
        Assert.Equal(0, wildcard.Total);
        Assert.Equal(2, await db.Members.CountAsync());
    }

    [Fact]
    public async Task BulkUpsertAsync_TenThousand_AllStoredAndStreamedInOrder()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.UpsertAsync(Members.Bare("M0000004"));

        var written = await db.Members.BulkUpsertAsync(Members.Many(10_000));

        Assert.Equal(10_000, written);
        Assert.Equal(10_000, await db.Members.CountAsync());
        var expected = Members.Many(10_000).ToList();
        var index = 0;
        await foreach (var member in db.Members.StreamAllAsync())
        {
            Assert.Equal(Members.Describe(expected[index]), Members.Describe(member));
            index++;
        }

        Assert.Equal(10_000, index);
    }

    [Fact]
    public async Task BulkUpsertAsync_NotCommitted_LeavesNothingBehind()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Members.UpsertAsync(Members.Bare("M0000001"));

        var written = await db.Members.BulkUpsertAsync(Members.Many(500), commit: () => false);

        Assert.Equal(0, written);
        Assert.Equal(1, await db.Members.CountAsync());
        Assert.Equal(Members.Describe(Members.Bare("M0000001")), Members.Describe(await db.Members.GetAsync("M0000001")));
    }

    [Fact]
    public async Task Units_UpsertListGet_RoundTrip()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        OrganisationUnit[] units =
        [
            new("EN", "England", OrganisationUnitKind.Nation, null),
            new("R-LON", "London", OrganisationUnitKind.Region, "EN"),
            new("CLP-001", "Hackney South", OrganisationUnitKind.LocalParty, "R-LON"),
            new("BR-001-1", "Hoxton East", OrganisationUnitKind.Branch, "CLP-001"),
            new("AFF-UNITE", "Unite", OrganisationUnitKind.Affiliate, null),
        ];
        await db.Units.UpsertAsync(units);
        await db.Units.UpsertAsync([units[2] with { Name = "Hackney South and Shoreditch" }]);

        var listed = await db.Units.ListAsync();

        Assert.Equal(units.Select(u => u.Code).Order(StringComparer.Ordinal), listed.Select(u => u.Code));
        Assert.Equal("Hackney South and Shoreditch", (await db.Units.GetAsync("CLP-001"))!.Name);
        Assert.Equal(units[3], await db.Units.GetAsync("BR-001-1"));
        Assert.Null(await db.Units.GetAsync("nope"));
    }
}
