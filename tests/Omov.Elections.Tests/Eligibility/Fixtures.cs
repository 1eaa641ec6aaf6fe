using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Tests.Eligibility;

/// <summary>A small organisation and a member builder shared by the eligibility and roll tests.</summary>
internal static class Fixtures
{
    public static OrganisationTree Tree { get; } = new(
    [
        new OrganisationUnit("ENGLAND", "England", OrganisationUnitKind.Nation, null),
        new OrganisationUnit(Presets.WalesCode, "Wales", OrganisationUnitKind.Nation, null),
        new OrganisationUnit(Presets.LondonCode, "London", OrganisationUnitKind.Region, "ENGLAND"),
        new OrganisationUnit("NW", "North West", OrganisationUnitKind.Region, "ENGLAND"),
        new OrganisationUnit("CLP-WALTHAMSTOW", "Walthamstow", OrganisationUnitKind.LocalParty, Presets.LondonCode),
        new OrganisationUnit("CLP-BOLTON", "Bolton North East", OrganisationUnitKind.LocalParty, "NW"),
        new OrganisationUnit("CLP-CARDIFF", "Cardiff Central", OrganisationUnitKind.LocalParty, Presets.WalesCode),
        new OrganisationUnit("BR-HOE", "Hoe Street", OrganisationUnitKind.Branch, "CLP-WALTHAMSTOW"),
        new OrganisationUnit("UNITE", "Unite", OrganisationUnitKind.Affiliate, null),
    ]);

    public static Member Member(
        string number = "L0000001",
        DateTimeOffset? joinedAt = null,
        DateOnly? continuousSince = null,
        DateOnly? paidUpTo = null,
        bool noPaidUpTo = false,
        MemberStatus status = MemberStatus.Full,
        string localParty = "CLP-WALTHAMSTOW",
        DateOnly? dateOfBirth = null,
        bool councillor = false,
        string? affiliate = null,
        string? email = "member@example.org",
        bool withAddress = true,
        IReadOnlyList<SectionDeclaration>? sections = null)
    {
        DateTimeOffset joined = joinedAt ?? new DateTimeOffset(2015, 3, 12, 10, 0, 0, TimeSpan.Zero);
        return new Member
        {
            MembershipNumber = number,
            FirstName = "Test",
            LastName = "Member",
            Email = email,
            Address = withAddress ? new PostalAddress("1 High Street", null, null, "London", "E17 1AA") : null,
            DateOfBirth = dateOfBirth,
            JoinedAt = joined,
            ContinuousSince = continuousSince ?? DateOnly.FromDateTime(joined.UtcDateTime),
            PaidUpTo = noPaidUpTo ? null : paidUpTo ?? new DateOnly(2030, 12, 31),
            Status = status,
            LocalPartyCode = localParty,
            IsCouncillor = councillor,
            AffiliateCode = affiliate,
            Sections = sections ?? [],
        };
    }

    public static Rulebook Book(params Rule[] rules) => new("test", 1, "Test", rules);

    /// <summary>The outcome of one rule on its own.</summary>
    public static RuleOutcome One(Rule rule, Member member) =>
        EligibilityEvaluator.Evaluate(member, Book(rule), Tree).Rules[0];

    public static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
