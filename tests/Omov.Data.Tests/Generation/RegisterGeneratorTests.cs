using Omov.Data.Generation;
using Omov.Data.Register;
using Omov.Elections.Register;

namespace Omov.Data.Tests.Generation;

public sealed class RegisterGeneratorTests
{
    private static readonly List<Member> s_members = new RegisterGenerator(seed: 11, memberCount: 20_000).Members().ToList();

    [Fact]
    public void Members_SameSeed_SameRegister()
    {
        var again = new RegisterGenerator(seed: 11, memberCount: 20_000).Members().Select(Members.Describe);
        Assert.Equal(s_members.Select(Members.Describe), again);
    }

    [Fact]
    public void Members_OtherSeed_OtherRegister() =>
        Assert.NotEqual(s_members.Take(100).Select(Members.Describe), new RegisterGenerator(seed: 12, memberCount: 100).Members().Select(Members.Describe));

    [Fact]
    public void Units_Structure_ThreeNationsElevenRegionsBranchesAffiliates()
    {
        var units = new RegisterGenerator(seed: 11, memberCount: 20_000).Units;
        Assert.Equal(3, units.Count(u => u.Kind == OrganisationUnitKind.Nation));
        Assert.Equal(11, units.Count(u => u.Kind == OrganisationUnitKind.Region));
        Assert.Equal(20, units.Count(u => u.Kind == OrganisationUnitKind.LocalParty));
        Assert.True(units.Count(u => u.Kind == OrganisationUnitKind.Branch) >= 40);
        Assert.InRange(units.Count(u => u.Kind == OrganisationUnitKind.Affiliate), 3, 10);
        var codes = units.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(units.Count, codes.Count);
        Assert.All(units, u => Assert.True(u.ParentCode is null || codes.Contains(u.ParentCode)));
    }

    [Fact]
    public void Members_Shares_AreRealistic()
    {
        double Share(Func<Member, bool> predicate) => s_members.Count(predicate) / (double)s_members.Count;

        Assert.InRange(Share(m => m.Sections.Any(s => s.Section == Section.Women)), 0.45, 0.52);
        Assert.InRange(Share(m => m.Sections.Any(s => s.Section == Section.Bame)), 0.10, 0.16);
        Assert.InRange(Share(m => m.Sections.Any(s => s.Section == Section.Disabled)), 0.06, 0.12);
        Assert.InRange(Share(m => m.Sections.Any(s => s.Section == Section.LgbtPlus)), 0.05, 0.09);
        Assert.InRange(Share(m => m.Email is null), 0.05, 0.15);
        Assert.InRange(Share(m => m.IsCouncillor), 0.005, 0.02);
        Assert.InRange(Share(m => m.IsAffiliatedSupporter), 0.02, 0.04);
        Assert.InRange(Share(m => m.Status == MemberStatus.Lapsed), 0.05, 0.09);
        Assert.InRange(Share(m => m.ContinuousSince > DateOnly.FromDateTime(m.JoinedAt.UtcDateTime)), 0.05, 0.15); // lapsed and rejoined
        Assert.InRange(Share(m => m.PaidUpTo < RegisterGenerator.AsOf && m.Status != MemberStatus.Lapsed), 0.05, 0.2); // in arrears
        var sharedEmails = s_members.Where(m => m.Email is not null).GroupBy(m => m.Email, StringComparer.Ordinal).Count(g => g.Count() > 1);
        Assert.True(sharedEmails > 200, $"{sharedEmails} shared household emails");
    }

    [Fact]
    public void Members_JoinDates_SurgeIn2015And2019()
    {
        int Joined(int from, int to) => s_members.Count(m => m.JoinedAt.Year >= from && m.JoinedAt.Year <= to);

        // Two surge years hold more than the ten quiet years before them.
        Assert.True(Joined(2015, 2016) > Joined(2005, 2014));
        Assert.True(Joined(2019, 2020) > Joined(2017, 2018) * 1.5);
    }

    [Fact]
    public void Members_Values_AreValid()
    {
        Assert.All(s_members, m =>
        {
            if (m.DateOfBirth is { } born)
            {
                var age = RegisterGenerator.AsOf.Year - born.Year - (RegisterGenerator.AsOf.DayOfYear < born.DayOfYear ? 1 : 0);
                Assert.InRange(age, 14, 95);
            }

            Assert.True(m.Address is null || CsvValues.IsPostcode(m.Address.Postcode), m.Address?.Postcode);
            Assert.True(m.ContinuousSince >= DateOnly.FromDateTime(m.JoinedAt.UtcDateTime));
            Assert.All(m.Sections, s => Assert.True(s.DeclaredAt >= m.JoinedAt));
        });
        Assert.Equal(s_members.Count, s_members.Select(m => m.MembershipNumber).Distinct(StringComparer.Ordinal).Count());
    }
}
