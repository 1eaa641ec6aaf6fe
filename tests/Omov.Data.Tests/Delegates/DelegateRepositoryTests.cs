using Omov.Data.Delegates;
using Omov.Data.Generation;
using Omov.Data.Tests.Providers;
using Omov.Elections.Delegates;
using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Tests.Delegates;

public abstract class DelegateRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private static readonly DelegateRules s_labour = DelegatePresets.Labour2022();
    private readonly TProvider _provider = new();

    [Fact]
    public async Task CountByLocalPartyAsync_GeneratedRegister_SameAsTheEligibilityEvaluator()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var generator = new RegisterGenerator(seed: 7, memberCount: 3000, localParties: 6);
        await db.Units.UpsertAsync(generator.Units);
        await db.Members.BulkUpsertAsync(generator.Members());
        var tree = new OrganisationTree(await db.Units.ListAsync());
        var whole = await db.Members.StreamAllAsync().ToListAsync();
        var on = new DateOnly(2025, 12, 31);

        // The same questions asked of the evaluator: counted; counted and a woman by the end of the day; counted and under 27.
        var counted = s_labour.Counted.ToRulebook(on, s_labour.TimeZone, s_labour.Id);
        var women = EligibilityEvaluator.Compile(counted with { Rules = [.. counted.Rules, new SectionDeclaredRule(Section.Women, LocalCutoff.EndOfDay(on))] }, tree);
        var young = EligibilityEvaluator.Compile(counted with { Rules = [.. counted.Rules, new AgeUnderRule(27, on)] }, tree);
        var all = EligibilityEvaluator.Compile(counted, tree);

        var counts = await db.Delegates.CountByLocalPartyAsync(s_labour, on);
        Assert.Equal(generator.Units.Count(u => u.Kind == OrganisationUnitKind.LocalParty), counts.Count);
        foreach (var party in counts)
        {
            var members = whole.Where(m => m.LocalPartyCode == party.Code).ToList();
            Assert.Equal(members.Count(all.IsEligible), party.Members);
            Assert.Equal(members.Count(women.IsEligible), party.Women);
            Assert.Equal(members.Count(young.IsEligible), party.Young);
        }

        Assert.Contains(counts, c => c.Members > 0 && c.Women > 0 && c.Young > 0);
    }

    [Fact]
    public async Task CountByLocalPartyAsync_WomenDeclaredLateOnTheCountDate_CountedUntilLocalMidnight()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await db.Units.UpsertAsync([new OrganisationUnit("CLP-A", "Alpha", OrganisationUnitKind.LocalParty, null), new OrganisationUnit("CLP-B", "Bravo", OrganisationUnitKind.LocalParty, null)]);
        var on = new DateOnly(2025, 6, 30);
        var member = Members.Bare() with { AffiliateCode = null, Status = MemberStatus.Full, PaidUpTo = on, LocalPartyCode = "CLP-A", DateOfBirth = on.AddYears(-27).AddDays(1) };
        await db.Members.BulkUpsertAsync(
        [
            // 23:30 BST on the count date: counted. 00:30 BST the next day: not.
            member with { MembershipNumber = "A1", Sections = [new SectionDeclaration(Section.Women, new DateTimeOffset(2025, 6, 30, 22, 30, 0, TimeSpan.Zero))] },
            member with { MembershipNumber = "A2", Sections = [new SectionDeclaration(Section.Women, new DateTimeOffset(2025, 6, 30, 23, 30, 0, TimeSpan.Zero))], DateOfBirth = on.AddYears(-27) },
            member with { MembershipNumber = "A3", PaidUpTo = on.AddDays(-1) },
            member with { MembershipNumber = "A4", Status = MemberStatus.Provisional },
            member with { MembershipNumber = "A5", AffiliateCode = "AFF" },
            member with { MembershipNumber = "Z1", LocalPartyCode = "CLP-Z" },
        ]);

        var counts = await db.Delegates.CountByLocalPartyAsync(s_labour, on);
        Assert.Equal(
            [new LocalPartyCount("CLP-A", "Alpha", 2, 1, 1), new LocalPartyCount("CLP-B", "Bravo", 0, 0, 0), new LocalPartyCount("CLP-Z", "CLP-Z", 1, 0, 1)],
            counts);
    }

    [Fact]
    public async Task AddSnapshotAsync_ReadsBackTheLatestForTheYear()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var party = EntitlementCalculator.Calculate(s_labour, new LocalPartyCount("CLP-A", "Alpha, \"North\"", 1000, 120, 31), LastYearSole.Man);
        var at = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);
        var first = await db.Delegates.AddSnapshotAsync(new EntitlementSnapshot(0, 2026, new DateOnly(2025, 12, 31), s_labour.Id, 1, "{}", at, "alice", [party]));
        var second = await db.Delegates.AddSnapshotAsync(first with { CalculatedBy = "bob" });
        Assert.True(second.Id > first.Id);

        var latest = await db.Delegates.GetLatestSnapshotAsync(2026);
        Assert.NotNull(latest);
        Assert.Equal("bob", latest.CalculatedBy);
        Assert.Equal(at, latest.CalculatedAt);
        Assert.Equal(new DateOnly(2025, 12, 31), latest.CountDate);
        var read = Assert.Single(latest.Parties);
        Assert.Equal(party with { Lines = [] }, read with { Lines = [] });
        Assert.Equal(party.Lines, read.Lines);
        Assert.Null(await db.Delegates.GetLatestSnapshotAsync(2025));
    }

    [Fact]
    public async Task AddElectionAsync_SecondForTheSameYear_IsRefusedAndSoleDelegateIsRead()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var at = new DateTimeOffset(2025, 5, 1, 19, 0, 0, TimeSpan.Zero);
        var man = new DelegateCandidate("Adam", "L1", false, false);
        var woman = new DelegateCandidate("Bea", "L2", true, false);
        var youth = new DelegateCandidate("Cal", "L3", false, true);
        DelegateElectionRecord Election(string party, params DelegateCredential[] elected) =>
            new(0, party, 2025, "block", elected.Length, 0, 0, "places", 10, "{}", at, "alice", elected);

        Assert.NotNull(await db.Delegates.AddElectionAsync(Election("CLP-A", new DelegateCredential(1, man, "ordinary"), new DelegateCredential(2, youth, "youth"))));
        Assert.NotNull(await db.Delegates.AddElectionAsync(Election("CLP-B", new DelegateCredential(1, woman, "ordinary"))));
        Assert.NotNull(await db.Delegates.AddElectionAsync(Election("CLP-C", new DelegateCredential(1, man, "ordinary"), new DelegateCredential(2, woman, "ordinary"))));
        Assert.Null(await db.Delegates.AddElectionAsync(Election("CLP-A", new DelegateCredential(1, woman, "ordinary"))));

        var sole = await db.Delegates.SoleDelegatesAsync(2025);
        Assert.Equal(LastYearSole.Man, sole["CLP-A"]);
        Assert.Equal(LastYearSole.Woman, sole["CLP-B"]);
        Assert.False(sole.ContainsKey("CLP-C"));

        var a = Assert.Single(await db.Delegates.ListElectionsAsync(2025, "CLP-A"));
        Assert.Equal([new DelegateCredential(1, man, "ordinary"), new DelegateCredential(2, youth, "youth")], a.Elected);
        Assert.Equal(at, a.CountedAt);
        Assert.Equal(3, (await db.Delegates.ListElectionsAsync(2025)).Count);
    }
}
