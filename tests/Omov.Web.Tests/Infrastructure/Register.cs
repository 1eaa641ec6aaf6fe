using System.Globalization;
using Omov.Data.Register;
using Omov.Elections.Register;

namespace Omov.Web.Tests.Infrastructure;

/// <summary>A small made-up register: two local parties in London and one in the North West, an affiliate.</summary>
internal static class Register
{
    public static readonly OrganisationUnit[] Units =
    [
        new("EN", "England", OrganisationUnitKind.Nation, null),
        new("R-LON", "London", OrganisationUnitKind.Region, "EN"),
        new("R-NW", "North West", OrganisationUnitKind.Region, "EN"),
        new("CLP-001", "Hackney South", OrganisationUnitKind.LocalParty, "R-LON"),
        new("BR-001-1", "Hoxton East", OrganisationUnitKind.Branch, "CLP-001"),
        new("CLP-002", "Camden North", OrganisationUnitKind.LocalParty, "R-LON"),
        new("CLP-003", "Bolton West", OrganisationUnitKind.LocalParty, "R-NW"),
        new("AFF-UNITE", "Unite", OrganisationUnitKind.Affiliate, null),
    ];

    /// <summary>Ada Lovelace (CLP-001, Hoxton East), Ben Lovell (CLP-002), Cara Jones (CLP-003, Unite supporter).</summary>
    public static readonly Member[] Members =
    [
        Make("L0000001", "Ada", "Lovelace", "CLP-001", "BR-001-1", "E8 1AA") with
        {
            IsCouncillor = true,
            Sections = [new SectionDeclaration(Section.Women, new DateTimeOffset(2019, 5, 1, 12, 0, 0, TimeSpan.Zero))],
        },
        Make("L0000002", "Ben", "Lovell", "CLP-002", null, "NW5 2BB"),
        Make("L0000003", "Cara", "Jones", "CLP-003", null, "BL1 3CC") with { AffiliateCode = "AFF-UNITE", PaidUpTo = null },
    ];

    public static async Task SeedAsync(RunningOmov omov, bool members = true)
    {
        await omov.Database.Units.UpsertAsync(Units);
        if (members)
        {
            await omov.Database.Members.BulkUpsertAsync(Members);
        }
    }

    /// <summary>A members CSV of <paramref name="count"/> made-up members in CLP-001 and CLP-002, in Omov's format.</summary>
    public static string MembersCsv(int count, int start = 100)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = RegisterCsvWriter.ForMembers(text))
        {
            for (var i = start; i < start + count; i++)
            {
                csv.Write(Make("N" + i.ToString("D7", CultureInfo.InvariantCulture), "First" + i.ToString(CultureInfo.InvariantCulture), "Imported", i % 2 == 0 ? "CLP-001" : "CLP-002", null, "M1 1AA"));
            }
        }

        return text.ToString();
    }

    private static Member Make(string number, string first, string last, string party, string? branch, string postcode) => new()
    {
        MembershipNumber = number,
        FirstName = first,
        LastName = last,
        Email = first.ToLowerInvariant() + "@example.org",
        Address = new PostalAddress("1 High Street", null, null, "Town", postcode),
        DateOfBirth = new DateOnly(1980, 1, 1),
        JoinedAt = new DateTimeOffset(2015, 1, 1, 9, 0, 0, TimeSpan.Zero),
        ContinuousSince = new DateOnly(2015, 1, 1),
        PaidUpTo = new DateOnly(2099, 12, 31),
        Status = MemberStatus.Full,
        LocalPartyCode = party,
        BranchCode = branch,
    };
}
