using Omov.Data.Delegates;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Elections.Audit;
using Omov.Elections.Delegates;
using Omov.Elections.Register;

namespace Omov.Data.Tests.Delegates;

public abstract class DelegateServiceTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private static readonly DelegateRules s_labour = DelegatePresets.Labour2022();
    private static readonly DateOnly s_on = new(2025, 12, 31);
    private readonly TProvider _provider = new();

    private static readonly DelegateCandidate[] s_candidates =
    [
        new("Adam Ash", "L1", IsWoman: false, IsYoung: false),
        new("Bea Birch", "L2", IsWoman: true, IsYoung: false),
    ];

    private static async Task SeedAsync(OmovDatabase db, int members)
    {
        await db.Units.UpsertAsync([new OrganisationUnit("CLP-A", "Alpha", OrganisationUnitKind.LocalParty, null)]);
        await db.Members.BulkUpsertAsync(Enumerable.Range(0, members).Select(i => Members.Bare($"A{i:D5}") with
        {
            AffiliateCode = null, Status = MemberStatus.Full, PaidUpTo = s_on, LocalPartyCode = "CLP-A",
        }));
    }

    [Fact]
    public async Task CalculateAsync_StoresTheTableAndAuditsIt()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await SeedAsync(db, 750);
        var result = await new DelegateService(db).CalculateAsync(s_labour, s_on, 2026, "alice");
        Assert.True(result.Success, result.Error);
        var party = Assert.Single(result.Value.Parties);
        Assert.Equal(2, party.Total);
        Assert.Equal("750 members: 1 for the first 749 and 1 for the next 250 or part = 2", party.Lines[0].Text);

        var audit = (await db.AuditLog.ReadLatestAsync(1)).Single();
        Assert.Equal(AuditActions.DelegatesEntitlementCalculated, audit.Action);
        Assert.Equal("2026", audit.Subject);
        Assert.Equal("2", audit.Details["delegates"]);
    }

    [Fact]
    public async Task CountElectionAsync_SoleDelegateAlternates_NextYearMustBeAWoman()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await SeedAsync(db, 300);
        var service = new DelegateService(db);

        // 2025: no record of 2024, so the sole delegate must be a woman — even though Adam has more votes.
        Assert.True((await service.CalculateAsync(s_labour, s_on.AddYears(-1), 2025, "alice")).Success);
        var first = await service.CountElectionAsync("CLP-A", 2025, s_candidates, "20: 1\n5: 2", 1, "av", "alice");
        Assert.True(first.Success, first.Error);
        Assert.Equal("Bea Birch", first.Value.Elected.Single().Candidate.Name);

        // 2026: last year's was a woman, so a man may go.
        var table = await service.CalculateAsync(s_labour, s_on, 2026, "alice");
        Assert.Equal(LastYearSole.Woman, table.Value!.Parties.Single().LastSole);
        var second = await service.CountElectionAsync("CLP-A", 2026, s_candidates, "20: 1\n5: 2", 1, "av", "alice");
        Assert.True(second.Success, second.Error);
        Assert.Equal("Adam Ash", second.Value.Elected.Single().Candidate.Name);

        var audit = (await db.AuditLog.ReadLatestAsync(1)).Single();
        Assert.Equal(AuditActions.DelegatesElected, audit.Action);
        Assert.Equal("CLP-A", audit.Subject);
        Assert.Equal("L1", audit.Details["elected"]);
        Assert.DoesNotContain(audit.Details.Values, v => v.Contains("Adam", StringComparison.Ordinal));

        var again = await service.CountElectionAsync("CLP-A", 2026, s_candidates, "1: 1", 1, "av", "alice");
        Assert.Equal(ServiceFailure.Conflict, again.Failure);
    }

    [Fact]
    public async Task CountElectionAsync_BadInput_RefusedWithAReason()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        await SeedAsync(db, 300);
        var service = new DelegateService(db);
        Assert.Equal(ServiceFailure.NotFound, (await service.CountElectionAsync("CLP-A", 2026, s_candidates, "1", 1, "av", "alice")).Failure);
        await service.CalculateAsync(s_labour, s_on, 2026, "alice");
        Assert.Equal("the 2026 entitlement table has no local party 'CLP-X'", (await service.CountElectionAsync("CLP-X", 2026, s_candidates, "1", 1, "av", "alice")).Error);
        Assert.Equal("CLP-A may elect from 1 to 1 delegate(s) in 2026, not 2", (await service.CountElectionAsync("CLP-A", 2026, s_candidates, "1", 2, "block", "alice")).Error);
        Assert.Equal("the ballots: line 1: '3' is not a candidate number from 1 to 2", (await service.CountElectionAsync("CLP-A", 2026, s_candidates, "3", 1, "av", "alice")).Error);
    }
}
