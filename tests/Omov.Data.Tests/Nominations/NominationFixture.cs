using Microsoft.Extensions.Time.Testing;
using Omov.Data.Nominations;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Elections.Nominations;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Tests.Nominations;

/// <summary>
/// A database with 20 local parties, 3 affiliates (2 unions), 10 MPs, a Leader contest whose nominations
/// run 15 Jan to 14 Feb 2020 (local) and three candidates, one of whom joined too late to stand under a
/// 12-month rule. The clock starts inside the period.
/// </summary>
internal sealed class NominationFixture : IAsyncDisposable
{
    public const string Contest = "leader-2020";
    public const string Actor = "cli:test";

    private NominationFixture(TestDatabase test, OmovDatabase database, FakeTimeProvider time)
    {
        Test = test;
        Database = database;
        Time = time;
        Service = new NominationService(database);
    }

    public TestDatabase Test { get; }

    public OmovDatabase Database { get; }

    public FakeTimeProvider Time { get; }

    public NominationService Service { get; }

    public static async Task<NominationFixture> CreateAsync(IDatabaseProvider provider, NominationThresholds? thresholds = null)
    {
        var test = await provider.CreateAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2020, 1, 20, 12, 0, 0, TimeSpan.Zero));
        var database = await OmovDatabase.OpenAsync(test.Connection, time, test.SecretKeyFile);
        var fixture = new NominationFixture(test, database, time);
        await fixture.SeedAsync(thresholds ?? ThresholdPresets.Leader2020() with { CandidateMonths = 12 });
        return fixture;
    }

    public static string Clp(int i) => $"CLP-{i:000}";

    public Task<ServiceResult<Omov.Elections.Nominations.Nomination>> RecordAsync(NominatingBodyKind kind, string body, string candidate, Omov.Elections.Staff.StaffAccount? account = null) =>
        Service.RecordAsync(new NominationRequest(Contest, kind, body, candidate, "All-member meeting"), Actor, account);

    public async ValueTask DisposeAsync()
    {
        Database.Dispose();
        await Test.DisposeAsync();
    }

    private async Task SeedAsync(NominationThresholds thresholds)
    {
        await Database.Units.UpsertAsync([new OrganisationUnit("ENG", "England", OrganisationUnitKind.Nation, null),
            .. Enumerable.Range(1, 20).Select(i => new OrganisationUnit(Clp(i), "Local party " + i, OrganisationUnitKind.LocalParty, "ENG"))]);
        await Database.Members.UpsertAsync(Member("L1", new DateOnly(2010, 1, 1)));
        await Database.Members.UpsertAsync(Member("L2", new DateOnly(2012, 5, 1)));
        await Database.Members.UpsertAsync(Member("L3", new DateOnly(2019, 6, 1)));
        var contest = await new ContestService(Database).AddAsync(Contest, "Leader 2020", Presets.LeaderAndDeputy2020(), Actor);
        Assert.True(contest.Success, contest.Error);
        var period = await Service.SetPeriodAsync(Contest, new DateTime(2020, 1, 15, 0, 0, 0), new DateTime(2020, 2, 15, 0, 0, 0), "Europe/London", thresholds, Actor);
        Assert.True(period.Success, period.Error);
        foreach (var (code, number, groups) in new[] { ("starmer", "L1", Array.Empty<string>()), ("rlb", "L2", ["women"]), ("late", "L3", []) })
        {
            var added = await Service.AddCandidateAsync(Contest, new NominationCandidate(code, code.ToUpperInvariant(), number, "Statement of " + code, groups), Actor);
            Assert.True(added.Success, added.Error);
        }

        await Service.SetAffiliateAsync(new Affiliate("UNISON", "UNISON", AffiliateKind.TradeUnion, 600_000), Actor);
        await Service.SetAffiliateAsync(new Affiliate("GMB", "GMB", AffiliateKind.TradeUnion, 300_000), Actor);
        await Service.SetAffiliateAsync(new Affiliate("FABIANS", "Fabian Society", AffiliateKind.SocialistSociety, 100_000), Actor);
        for (int i = 1; i <= 10; i++)
        {
            await Service.SetElectedMemberAsync(new ElectedMember($"MP-{i:00}", "MP " + i, ElectedHouse.Commons), Actor);
        }
    }

    private static Member Member(string number, DateOnly since) => Members.Bare(number) with
    {
        Status = MemberStatus.Full,
        ContinuousSince = since,
        JoinedAt = new DateTimeOffset(since.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
        LocalPartyCode = Clp(1),
        PaidUpTo = new DateOnly(2030, 1, 1),
        AffiliateCode = null,
    };
}
