using System.Globalization;
using Omov.Elections.Register;

namespace Omov.Data.Tests;

/// <summary>Members made up for tests.</summary>
internal static class Members
{
    public static Member Full(string number = "L0000001") => new()
    {
        MembershipNumber = number,
        FirstName = "Ada",
        LastName = "Okonkwo-Smith",
        Email = "ada@example.org",
        Address = new PostalAddress("Flat 2", "14 Mill Lane", "Hulme", "Manchester", "M15 5AB"),
        DateOfBirth = new DateOnly(1990, 2, 28),
        JoinedAt = new DateTimeOffset(2015, 8, 14, 16, 3, 27, 123, TimeSpan.Zero),
        ContinuousSince = new DateOnly(2017, 1, 9),
        PaidUpTo = new DateOnly(2026, 12, 31),
        Status = MemberStatus.Full,
        LocalPartyCode = "CLP-001",
        BranchCode = "BR-001-1",
        Sections =
        [
            new SectionDeclaration(Section.Women, new DateTimeOffset(2015, 8, 14, 16, 3, 27, TimeSpan.Zero)),
            new SectionDeclaration(Section.Bame, new DateTimeOffset(2019, 11, 2, 9, 0, 0, 500, TimeSpan.Zero)),
            new SectionDeclaration(Section.LgbtPlus, new DateTimeOffset(2020, 1, 20, 16, 59, 59, TimeSpan.Zero)),
        ],
        IsCouncillor = true,
        AffiliateCode = null,
    };

    public static Member Bare(string number = "L0000002") => new()
    {
        MembershipNumber = number,
        FirstName = "Bob",
        LastName = "Jones",
        JoinedAt = new DateTimeOffset(2020, 3, 1, 0, 0, 0, TimeSpan.Zero),
        ContinuousSince = new DateOnly(2020, 3, 1),
        Status = MemberStatus.Provisional,
        LocalPartyCode = "CLP-002",
        AffiliateCode = "AFF-UNITE",
    };

    public static IEnumerable<Member> Many(int count, int start = 0)
    {
        for (var i = start; i < start + count; i++)
        {
            var number = "M" + i.ToString("D7", CultureInfo.InvariantCulture);
            yield return (i % 2 == 0 ? Full(number) : Bare(number)) with { LastName = "Name" + i.ToString(CultureInfo.InvariantCulture) };
        }
    }

    /// <summary>Member as comparable text (records compare lists by reference).</summary>
    public static string Describe(Member? member) => member is null
        ? "null"
        : (member with { Sections = [] }).ToString() + " sections: " + string.Join("; ", member.Sections.OrderBy(s => s.Section).Select(s => $"{s.Section}@{s.DeclaredAt.UtcDateTime:O}"));
}
