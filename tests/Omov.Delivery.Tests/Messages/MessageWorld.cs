using Omov.Data;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;

namespace Omov.Delivery.Tests.Messages;

/// <summary>A small register for the message tests: Walthamstow (in London) and Bolton, with members either side of the seed notice's cut-off.</summary>
internal static class MessageWorld
{
    public static readonly DateTimeOffset Now = new(2020, 2, 3, 9, 0, 0, TimeSpan.Zero);

    public static async Task SeedAsync(OmovDatabase db)
    {
        await db.Units.UpsertAsync(
        [
            new OrganisationUnit("ENGLAND", "England", OrganisationUnitKind.Nation, null),
            new OrganisationUnit("LONDON", "London", OrganisationUnitKind.Region, "ENGLAND"),
            new OrganisationUnit("NW", "North West", OrganisationUnitKind.Region, "ENGLAND"),
            new OrganisationUnit("CLP-WALTHAMSTOW", "Walthamstow", OrganisationUnitKind.LocalParty, "LONDON"),
            new OrganisationUnit("CLP-BOLTON", "Bolton North East", OrganisationUnitKind.LocalParty, "NW"),
        ]);
        await db.Members.BulkUpsertAsync(
        [
            Member("W1", "Ada", "w1@example.org", new DateTimeOffset(2019, 12, 17, 23, 59, 59, TimeSpan.Zero)),
            Member("W2", "Ben", "w2@example.org", new DateTimeOffset(2019, 12, 18, 0, 0, 0, TimeSpan.Zero)),
            Member("W3", "Cat", "w3@example.org", new DateTimeOffset(2018, 1, 1, 0, 0, 0, TimeSpan.Zero)) with { Status = MemberStatus.Provisional },
            Member("W4", "Dev", null, new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Member("W5", "Eve", "w5@", new DateTimeOffset(2017, 1, 1, 0, 0, 0, TimeSpan.Zero)),
            Member("W6", "Fay", "w6@example.org", new DateTimeOffset(2016, 5, 1, 0, 0, 0, TimeSpan.Zero)),
            Member("B1", "Gus", "b1@example.org", new DateTimeOffset(2016, 5, 1, 0, 0, 0, TimeSpan.Zero)) with { LocalPartyCode = "CLP-BOLTON" },
        ]);
    }

    /// <summary>The seed notice's segment: full members of Walthamstow, members since on or before 17 December 2019.</summary>
    public static Segment Meeting => new("CLP-WALTHAMSTOW", [MemberStatus.Full], LocalCutoff.EndOfDay(new DateOnly(2019, 12, 17)));

    public static StaffAccount Officer(string localParty = "CLP-WALTHAMSTOW") => new()
    {
        Id = Guid.NewGuid(),
        Username = "secretary",
        DisplayName = "CLP Secretary",
        Email = "secretary@example.org",
        Roles = [StaffRole.LocalOfficer],
        LocalPartyCode = localParty,
        PasswordHash = "unused",
        CreatedAt = Now,
    };

    private static Member Member(string number, string firstName, string? email, DateTimeOffset joined) => new()
    {
        MembershipNumber = number,
        FirstName = firstName,
        LastName = "Member",
        Email = email,
        JoinedAt = joined,
        ContinuousSince = DateOnly.FromDateTime(joined.UtcDateTime),
        PaidUpTo = new DateOnly(2020, 12, 31),
        Status = MemberStatus.Full,
        LocalPartyCode = "CLP-WALTHAMSTOW",
    };
}
