using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Time.Testing;
using Omov.Data.Generation;
using Omov.Data.Rolls;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Elections.Audit;
using Omov.Elections.Eligibility;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;

namespace Omov.Data.Tests.Services;

/// <summary>Contests, freezing, approval, counts and explanations through the services, on a generated register.</summary>
public abstract class RollServiceTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private const string Actor = "cli:tester";
    private static readonly Rulebook s_necClp = Presets.Find("labour-nec-clp-2020")!.Rulebook;
    private static readonly Rulebook s_leader = Presets.Find("labour-leader-deputy-2020")!.Rulebook;
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.Zero));

    internal static StaffAccount Staff(string username, params StaffRole[] roles) => new()
    {
        Id = Guid.NewGuid(),
        Username = username,
        DisplayName = username,
        Email = username + "@example.org",
        Roles = roles,
        PasswordHash = "pbkdf2-sha256$600000$c2FsdA==$aGFzaA==",
        RecoveryCodeHashes = [],
        Enabled = true,
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    private async Task<OmovDatabase> RegisterAsync(TestDatabase test, int members = 300)
    {
        var database = await OmovDatabase.OpenAsync(test.Connection, _time);
        var generator = new RegisterGenerator(seed: 5, memberCount: members);
        await database.Units.UpsertAsync(generator.Units);
        await database.Members.BulkUpsertAsync(generator.Members());
        return database;
    }

    private async Task<(OmovDatabase Db, ContestService Contests, RollService Rolls)> ContestAsync(TestDatabase test, Rulebook? rulebook = null)
    {
        var db = await RegisterAsync(test);
        var contests = new ContestService(db);
        Assert.True((await contests.AddAsync("nec-clp", "NEC CLP section", rulebook ?? s_necClp, Actor)).Success);
        return (db, contests, new RollService(db));
    }

    private static async Task<IReadOnlyList<AuditEntry>> AuditAsync(OmovDatabase db)
    {
        var entries = await db.AuditLog.ReadAllAsync().ToListAsync();
        var verification = AuditChain.Verify(entries);
        Assert.True(verification.IsValid, verification.Reason);
        return entries;
    }

    [Fact]
    public async Task AddAsync_NewCode_StoresContestAndFirstRevision()
    {
        await using var test = await _provider.CreateAsync();
        var (db, contests, _) = await ContestAsync(test);
        using var _db = db;

        var contest = (await contests.GetAsync("nec-clp")).Value!;
        Assert.Equal("NEC CLP section", contest.Title);
        Assert.Equal(1, contest.Revision);
        Assert.Equal(s_necClp.Id, contest.RulebookId);
        Assert.Equal(RulebookJson.Serialize(s_necClp), contest.RulebookJson);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(contest.RulebookJson))), contest.RulebookDigest);
        Assert.Single(await db.Contests.HistoryAsync(contest.Id));
        Assert.Equal(["nec-clp"], (await db.Contests.ListAsync()).Select(c => c.Code));
        var created = Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.ContestCreated);
        Assert.Equal(contest.RulebookDigest, created.Details["rulebookDigest"]);
    }

    [Theory]
    [InlineData("nec-clp", ServiceFailure.Conflict)]
    [InlineData("", ServiceFailure.Invalid)]
    [InlineData("-leading-dash", ServiceFailure.Invalid)]
    [InlineData("has space", ServiceFailure.Invalid)]
    [InlineData("x'; DROP TABLE contests; --", ServiceFailure.Invalid)]
    public async Task AddAsync_TakenOrMalformedCode_Fails(string code, ServiceFailure expected)
    {
        await using var test = await _provider.CreateAsync();
        var (db, contests, _) = await ContestAsync(test);
        using var _db = db;

        var result = await contests.AddAsync(code, "Another", s_leader, Actor);

        Assert.Equal(expected, result.Failure);
        Assert.Single(await db.Contests.ListAsync());
    }

    [Fact]
    public async Task UpdateRulebookAsync_NewRulebook_KeepsHistoryAndAuditsBothDigests()
    {
        await using var test = await _provider.CreateAsync();
        var (db, contests, _) = await ContestAsync(test);
        using var _db = db;
        var before = (await contests.GetAsync("nec-clp")).Value!;

        var after = await contests.UpdateRulebookAsync("nec-clp", s_leader, "alice");

        Assert.True(after.Success, after.Error);
        Assert.Equal(2, after.Value.Revision);
        Assert.Equal(s_leader.Id, after.Value.RulebookId);
        var history = await db.Contests.HistoryAsync(before.Id);
        Assert.Equal([before.RulebookDigest, after.Value.RulebookDigest], history.Select(h => h.RulebookDigest));
        Assert.Equal("alice", history[1].ChangedBy);
        var edited = Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.RulebookEdited);
        Assert.Equal(before.RulebookDigest, edited.Details["oldDigest"]);
        Assert.Equal(after.Value.RulebookDigest, edited.Details["newDigest"]);
        Assert.Equal(ServiceFailure.Conflict, (await contests.UpdateRulebookAsync("nec-clp", s_necClp, "bob", expectedRevision: 1)).Failure);
        Assert.Equal(ServiceFailure.NotFound, (await contests.UpdateRulebookAsync("nope", s_necClp, "bob")).Failure);
    }

    [Fact]
    public async Task FreezeAsync_StoredRegister_SameRollAsFreezingWholeMembers()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var reported = new List<long>();

        var frozen = await rolls.FreezeAsync("nec-clp", Actor, new SyncProgress(reported.Add));

        Assert.True(frozen.Success, frozen.Error);
        var tree = new OrganisationTree(await db.Units.ListAsync());
        var expected = Roll.Freeze("nec-clp", s_necClp, await db.Members.StreamAllAsync().ToListAsync(), tree, frozen.Value.Roll.FrozenAt);
        Assert.Equal(expected.Digest, frozen.Value.Stored.Digest);
        Assert.Equal(expected.CountsBySection, frozen.Value.Stored.CountsBySection);
        Assert.Equal(expected.CountsByChannel, frozen.Value.Stored.CountsByChannel);
        Assert.Equal(RollStatus.Frozen, frozen.Value.Stored.Status);
        Assert.Equal(expected.Entries.Count, frozen.Value.Stored.EntryCount);
        Assert.Equal(_time.GetUtcNow(), frozen.Value.Stored.FrozenAt);
        Assert.NotEmpty(reported);
        var listing = await db.Rolls.GetListingAsync(frozen.Value.Stored.Id);
        Assert.Equal(frozen.Value.Stored.Digest, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(listing!))));
        var audited = Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.RollFrozen);
        Assert.Equal(frozen.Value.Stored.Digest, audited.Details["digest"]);
    }

    [Fact]
    public async Task FreezeAsync_Twice_SupersedesTheUnapprovedRoll()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var first = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;
        _time.Advance(TimeSpan.FromMinutes(5));

        var second = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;

        Assert.Equal(first.Stored.Digest, second.Superseded?.Digest);
        var all = await db.Rolls.ListAsync(first.Stored.ContestId);
        Assert.Equal([RollStatus.Frozen, RollStatus.Superseded], all.Select(r => r.Status));
        Assert.Equal(_time.GetUtcNow(), all[1].SupersededAt);
        Assert.Equal(second.Stored.Digest, (await db.Rolls.GetLatestAsync(first.Stored.ContestId))!.Digest);
    }

    [Fact]
    public async Task ApproveAsync_ReturningOfficerWithTheDigest_ApprovesAndIndexesVoters()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var frozen = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;

        var approved = await rolls.ApproveAsync("nec-clp", frozen.Stored.Digest.ToUpperInvariant(), Staff("rita", StaffRole.ReturningOfficer));

        Assert.True(approved.Success, approved.Error);
        Assert.Equal(RollStatus.Approved, approved.Value.Status);
        Assert.Equal("rita", approved.Value.ApprovedBy);
        Assert.Equal(_time.GetUtcNow(), approved.Value.ApprovedAt);
        var voter = frozen.Roll.Entries[0];
        Assert.Equal([("nec-clp", voter.Channel)], await db.Rolls.ApprovedContestsOfAsync(voter.MembershipNumber));
        var everyone = await db.Members.StreamNumbersAsync().ToListAsync();
        var off = everyone.First(n => frozen.Roll.Entries.All(e => e.MembershipNumber != n));
        Assert.Empty(await db.Rolls.ApprovedContestsOfAsync(off));
        var entry = Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.RollApproved);
        Assert.Equal("staff:rita", entry.Actor);
        Assert.Equal(frozen.Stored.Digest, entry.Details["digest"]);
    }

    [Fact]
    public async Task ApproveAsync_NotAReturningOfficer_RefusedAndAudited()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var frozen = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;

        var result = await rolls.ApproveAsync("nec-clp", frozen.Stored.Digest, Staff("adam", StaffRole.Administrator));

        Assert.Equal(ServiceFailure.Refused, result.Failure);
        Assert.Contains("may not approve a roll", result.Error, StringComparison.Ordinal);
        Assert.Equal(RollStatus.Frozen, (await db.Rolls.GetLatestAsync(frozen.Stored.ContestId))!.Status);
        var refused = Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.AccessRefused);
        Assert.Equal("staff:adam", refused.Actor);
    }

    [Fact]
    public async Task ApproveAsync_DigestOfSupersededOrOtherRoll_Refused()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var first = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;
        _time.Advance(TimeSpan.FromSeconds(1));
        await rolls.FreezeAsync("nec-clp", Actor);
        var officer = Staff("rita", StaffRole.ReturningOfficer);

        var superseded = await rolls.ApproveAsync("nec-clp", first.Stored.Digest, officer);
        var other = await rolls.ApproveAsync("nec-clp", new string('a', 64), officer);
        var truncated = await rolls.ApproveAsync("nec-clp", first.Stored.Digest[..12], officer);

        Assert.Equal(ServiceFailure.Conflict, superseded.Failure);
        Assert.Contains("superseded", superseded.Error, StringComparison.Ordinal);
        Assert.Equal(ServiceFailure.Conflict, other.Failure);
        Assert.Equal(ServiceFailure.Invalid, truncated.Failure);
        Assert.Null(await db.Rolls.GetApprovedAsync(first.Stored.ContestId));
    }

    [Fact]
    public async Task ApproveAsync_Approved_IsFinal()
    {
        await using var test = await _provider.CreateAsync();
        var (db, contests, rolls) = await ContestAsync(test);
        using var _db = db;
        var frozen = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;
        var officer = Staff("rita", StaffRole.ReturningOfficer);
        Assert.True((await rolls.ApproveAsync("nec-clp", frozen.Stored.Digest, officer)).Success);

        var again = await rolls.ApproveAsync("nec-clp", frozen.Stored.Digest, officer);
        var refreeze = await rolls.FreezeAsync("nec-clp", Actor);
        var rulebook = await contests.UpdateRulebookAsync("nec-clp", s_leader, Actor);

        Assert.Equal(ServiceFailure.Conflict, again.Failure);
        Assert.Equal(ServiceFailure.Conflict, refreeze.Failure);
        Assert.Contains("approved by rita", refreeze.Error, StringComparison.Ordinal);
        Assert.Equal(ServiceFailure.Conflict, rulebook.Failure);
        Assert.Single(await db.Rolls.ListAsync(frozen.Stored.ContestId));

        // Even SQL written by hand cannot change it.
        await using var connection = await db.OpenConnectionAsync();
        await using var tamper = connection.CreateCommand();
        tamper.CommandText = "UPDATE rolls SET entry_count = 0";
        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => tamper.ExecuteNonQueryAsync());
        Assert.Equal(frozen.Roll.Entries.Count, (await db.Rolls.GetApprovedAsync(frozen.Stored.ContestId))!.EntryCount);
    }

    [Fact]
    public async Task ApproveAsync_TwoAtOnce_ExactlyOneWins()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var frozen = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await new RollService(db).ApproveAsync("nec-clp", frozen.Stored.Digest, Staff("officer" + i, StaffRole.ReturningOfficer));
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(attempts);

        var winner = Assert.Single(results, r => r.Success);
        Assert.All(results.Where(r => !r.Success), r => Assert.Equal(ServiceFailure.Conflict, r.Failure));
        var stored = (await db.Rolls.GetApprovedAsync(frozen.Stored.ContestId))!;
        Assert.Equal(winner.Value!.ApprovedBy, stored.ApprovedBy);
        Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.RollApproved);
    }

    [Fact]
    public async Task RepositoryApproveAsync_ManyAtOnce_ExactlyOneTrue()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var frozen = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await db.Rolls.ApproveAsync(frozen.Stored.Id, frozen.Stored.Digest, "officer" + i, _time.GetUtcNow());
        })).ToList();
        start.Set();

        Assert.Single(await Task.WhenAll(attempts), won => won);
        // The voters were indexed once, by the one approval that won.
        Assert.Single(await db.Rolls.ApprovedContestsOfAsync(frozen.Roll.Entries[^1].MembershipNumber));
    }

    [Fact]
    public async Task FindAsync_DigestPrefix_FindsOrSaysWhyNot()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var frozen = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;

        Assert.Equal(frozen.Stored.Id, (await rolls.FindAsync(frozen.Stored.Digest[..8].ToUpperInvariant())).Value?.Id);
        Assert.Equal(ServiceFailure.Invalid, (await rolls.FindAsync("abc")).Failure);
        Assert.Equal(ServiceFailure.Invalid, (await rolls.FindAsync("zzzzzzzz")).Failure);
        Assert.Equal(ServiceFailure.NotFound, (await rolls.FindAsync(frozen.Stored.Digest[0] == '0' ? "1111111" : "0000000")).Failure);
    }

    [Fact]
    public async Task DiffAsync_RulebookChangedBetweenFreezes_ListsTheChange()
    {
        await using var test = await _provider.CreateAsync();
        var (db, contests, rolls) = await ContestAsync(test);
        using var _db = db;
        var before = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;
        await contests.UpdateRulebookAsync("nec-clp", s_leader, Actor);
        _time.Advance(TimeSpan.FromSeconds(1));
        var after = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;

        var diff = await rolls.DiffAsync(before.Stored, after.Stored, Actor);

        Assert.Equal(RollDiff.Between(before.Roll, after.Roll), diff, new DiffComparer());
        Assert.False(diff.IsEmpty);
        Assert.Equal(2, after.Stored.ContestRevision);
        Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.RollsCompared);
    }

    [Fact]
    public async Task ExplainAsync_Member_DecisionAndViewAudited()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var number = (await db.Members.StreamNumbersAsync().ToListAsync()).Order(StringComparer.Ordinal).First();

        var explained = await rolls.ExplainAsync("nec-clp", number, "alice");

        Assert.True(explained.Success, explained.Error);
        var member = (await db.Members.GetAsync(number))!;
        Assert.Equal(EligibilityEvaluator.Evaluate(member, s_necClp, new OrganisationTree(await db.Units.ListAsync())).Summary, explained.Value.Decision.Summary);
        var viewed = Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.MemberViewed);
        Assert.Equal(number, viewed.Subject);
        Assert.Equal("nec-clp", viewed.Details["contest"]);
        Assert.Equal(ServiceFailure.NotFound, (await rolls.ExplainAsync("nec-clp", "NOBODY", "alice")).Failure);
        Assert.Equal(ServiceFailure.NotFound, (await rolls.ExplainAsync("nope", number, "alice")).Failure);
    }

    [Fact]
    public async Task FreezeAsync_ByStaff_OnlyWithTheFreezePermission()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;

        var refused = await rolls.FreezeAsync("nec-clp", Staff("sam", StaffRole.Scrutineer));
        var frozen = await rolls.FreezeAsync("nec-clp", Staff("adam", StaffRole.Administrator));

        Assert.Equal(ServiceFailure.Refused, refused.Failure);
        Assert.True(frozen.Success, frozen.Error);
        Assert.Equal("staff:adam", frozen.Value.Stored.FrozenBy);
        var entries = await AuditAsync(db);
        Assert.Equal("staff:sam", Assert.Single(entries, e => e.Action == AuditActions.AccessRefused).Actor);
        Assert.Equal("staff:adam", Assert.Single(entries, e => e.Action == AuditActions.RollFrozen).Actor);
    }

    [Fact]
    public async Task ExplainAsync_LocalOfficer_OwnPartyOnly()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var member = (await db.Members.GetAsync((await db.Members.StreamNumbersAsync().ToListAsync()).Order(StringComparer.Ordinal).First()))!;
        var own = Staff("lou", StaffRole.LocalOfficer) with { LocalPartyCode = member.LocalPartyCode };
        var other = Staff("lee", StaffRole.LocalOfficer) with { LocalPartyCode = "ELSEWHERE" };

        Assert.True((await rolls.ExplainAsync("nec-clp", member.MembershipNumber, own)).Success);
        var refused = await rolls.ExplainAsync("nec-clp", member.MembershipNumber, other);

        Assert.Equal(ServiceFailure.Refused, refused.Failure);
        var entries = await AuditAsync(db);
        Assert.Equal("staff:lou", Assert.Single(entries, e => e.Action == AuditActions.MemberViewed).Actor);
        Assert.Equal("staff:lee", Assert.Single(entries, e => e.Action == AuditActions.AccessRefused).Actor);
    }

    [Fact]
    public async Task CountsAsync_Register_AddsUpAndMatchesTheRoll()
    {
        await using var test = await _provider.CreateAsync();
        var (db, _, rolls) = await ContestAsync(test);
        using var _db = db;
        var frozen = (await rolls.FreezeAsync("nec-clp", Actor)).Value!;

        var counts = (await rolls.CountsAsync("nec-clp", Actor)).Value!;

        Assert.Equal(300, counts.Members);
        Assert.Equal(frozen.Roll.Entries.Count, counts.Eligible);
        Assert.Equal(counts.Ineligible, counts.IneligibleByRule.Sum(r => r.Count));
        Assert.Contains(counts.IneligibleByRule, r => r.Kind == "joinedBy" && r.Description.StartsWith("joined after the end of 24 Aug 2020", StringComparison.Ordinal));
        Assert.Equal(["women", "BAME", "disabled", "LGBT+", "youth"], counts.EligibleBySection.Select(s => s.Section));
        Assert.All(counts.EligibleBySection, s => Assert.InRange(s.Count, 0, counts.Eligible));
        // Declared at any time, so at least as many as declared by the freeze.
        Assert.True(counts.EligibleBySection[0].Count >= frozen.Roll.CountsBySection[Elections.Register.Section.Women]);
        Assert.Single(await AuditAsync(db), e => e.Action == AuditActions.EligibilityCounted);
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }

    private sealed class DiffComparer : IEqualityComparer<RollDiff>
    {
        public bool Equals(RollDiff? x, RollDiff? y) => x is not null && y is not null
            && x.Added.SequenceEqual(y.Added) && x.Removed.SequenceEqual(y.Removed) && x.ChannelChanged.SequenceEqual(y.ChannelChanged);

        public int GetHashCode(RollDiff obj) => obj.Added.Count;
    }
}
