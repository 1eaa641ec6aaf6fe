using Microsoft.Extensions.Time.Testing;
using Omov.Data;
using Omov.Data.Generation;
using Omov.Data.Services;
using Omov.Data.Tests.Providers;
using Omov.Data.Voting;
using Omov.Delivery.Issuing;
using Omov.Elections.Audit;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Rolls;
using Omov.Elections.Rulebooks;

namespace Omov.Delivery.Tests.Issuing;

/// <summary>Issuing an event's credentials from an approved roll of a generated register, on a real database.</summary>
public abstract class CredentialIssuerTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private const string Actor = "cli:tester";
    private const string RollContest = "labour-leader-deputy-2020";
    private static readonly Uri s_page = new("https://vote.example.org/vote");
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2020, 2, 21, 9, 30, 0, TimeSpan.Zero));

    /// <summary>A register of <paramref name="members"/>, the leadership contest with its roll frozen and approved, and the event scheduled.</summary>
    private async Task<(OmovDatabase Db, BallotEvent Event, Roll Roll)> EventAsync(TestDatabase test, int members = 400, bool approve = true, BallotEventStatus status = BallotEventStatus.Scheduled)
    {
        var db = await OmovDatabase.OpenAsync(test.Connection, _time, test.SecretKeyFile);
        var generator = new RegisterGenerator(seed: 7, memberCount: members);
        await db.Units.UpsertAsync(generator.Units);
        await db.Members.BulkUpsertAsync(generator.Members());
        Assert.True((await new ContestService(db).AddAsync(RollContest, "Leader and Deputy", Presets.Find(RollContest)!.Rulebook, Actor)).Success);
        var frozen = (await new RollService(db).FreezeAsync(RollContest, Actor)).Value!;
        if (approve)
        {
            Assert.True(await db.Rolls.ApproveAsync(frozen.Stored.Id, frozen.Stored.Digest, "ro", _time.GetUtcNow()));
        }

        var ballotEvent = EventPresets.Leadership2020() with { Id = Guid.NewGuid() };
        Assert.True(await db.BallotEvents.AddAsync(ballotEvent));
        for (var s = BallotEventStatus.Draft; s < status; s++)
        {
            Assert.True(await db.BallotEvents.ChangeStatusAsync(ballotEvent.Id, s, s + 1));
        }

        return (db, ballotEvent with { Status = status }, frozen.Roll);
    }

    private static int Voters(Roll roll, DeliveryChannel channel) => roll.Entries.Count(e => e.Channel == channel);

    [Fact]
    public async Task IssueAsync_ApprovedRoll_OneCodePerVoterEmailsQueuedPacksPrinted()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, roll) = await EventAsync(test);
        using var _ = db;
        using var folder = new TempFolder();
        var reported = new List<IssueProgress>();

        var result = await new CredentialIssuer(db).IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = s_page, PostFolder = folder.Path, BatchSize = 50 }, Actor, new SyncProgress<IssueProgress>(reported.Add));

        Assert.True(result.Success, result.Error);
        var summary = result.Value;
        Assert.True(Voters(roll, DeliveryChannel.Email) > 0 && Voters(roll, DeliveryChannel.Post) > 0, "the generated roll has both channels");
        Assert.Equal(Voters(roll, DeliveryChannel.Email), summary.Emailed);
        Assert.Equal(Voters(roll, DeliveryChannel.Post), summary.Posted);
        Assert.Equal(roll.Entries.Where(e => e.Channel == DeliveryChannel.NoContact).Select(e => e.MembershipNumber).Order(StringComparer.Ordinal), summary.NoContact);
        Assert.Equal(summary.Posted, summary.Print!.Packs);
        Assert.True(File.Exists(summary.Print.ManifestPath));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.jsonl", SearchOption.AllDirectories));
        Assert.Equal(reported[^1].Total, reported[^1].Done);

        var figures = await EventFigures.ReadAsync(db, ballotEvent.Id);
        Assert.Equal(summary.Emailed + summary.Posted, figures.Issued);
        Assert.Equal(summary.Emailed, figures.Emails.Queued);
        Assert.Equal(summary.Posted, figures.PostalPacks);
        Assert.Equal(0, figures.Voted);

        var audit = Assert.Single(await db.AuditLog.ReadAllAsync().ToListAsync(), e => e.Action == AuditActions.EventCredentialsIssued);
        Assert.Equal(summary.Emailed.ToString(System.Globalization.CultureInfo.InvariantCulture), audit.Details["emailed"]);
    }

    [Fact]
    public async Task IssueAsync_QueuedEmail_CarriesTheCodeWhoseHashIsTheMembersCurrentCode()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, roll) = await EventAsync(test, members: 120);
        using var _ = db;

        Assert.True((await new CredentialIssuer(db).IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = s_page }, Actor)).Success);

        var checkedCount = 0;
        await foreach (var claimed in ClaimAllAsync(db))
        {
            var code = VotingCode.Parse(claimed.MergeValues!["voting_code"].Text).Code!;
            var found = await db.Votes.FindCredentialAsync(VotingCodeHash.Compute(ballotEvent.Id.ToString("D"), code));
            Assert.NotNull(found);
            Assert.Equal(CredentialStatus.Current, found.Status);
            Assert.Equal(claimed.MemberNumber, found.Voter.MembershipNumber);
            Assert.Equal(["leader", "deputy"], found.Voter.Contests);
            Assert.Equal(VotingLink.For(s_page, code).AbsoluteUri, claimed.MergeValues["voting_link"].Text);
            checkedCount++;
        }

        Assert.Equal(Voters(roll, DeliveryChannel.Email), checkedCount);
    }

    [Fact]
    public async Task IssueAsync_Twice_SecondIssuesNothingAndQueuesNothing()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, _) = await EventAsync(test, members: 150);
        using var _db = db;
        using var folder = new TempFolder();
        var issuer = new CredentialIssuer(db);
        var options = new IssueOptions { VotingPage = s_page, PostFolder = folder.Path };
        var first = (await issuer.IssueAsync(ballotEvent.Code, options, Actor)).Value!;

        var second = (await issuer.IssueAsync(ballotEvent.Code, options, Actor)).Value!;

        Assert.Equal(0, second.Emailed + second.Posted);
        Assert.Null(second.Print);
        var figures = await EventFigures.ReadAsync(db, ballotEvent.Id);
        Assert.Equal(first.Emailed, figures.Emails.Total);
        Assert.Equal(first.Emailed + first.Posted, figures.Issued);
    }

    [Fact]
    public async Task IssueAsync_StoppedMidRun_RerunFinishesWithOneCodeAndOneEmailEach()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, roll) = await EventAsync(test, members: 300);
        using var _ = db;
        var issuer = new CredentialIssuer(db);
        var options = new IssueOptions { VotingPage = s_page, BatchSize = 20 };
        using var stop = new CancellationTokenSource();
        // Cancelled after the second batch commits: the third batch's transaction never begins.
        var reports = 0;
        var progress = new SyncProgress<IssueProgress>(report =>
        {
            if (report.Done > 0 && ++reports == 2)
            {
                stop.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => issuer.IssueAsync(ballotEvent.Code, options, Actor, progress, stop.Token));
        var partial = await EventFigures.ReadAsync(db, ballotEvent.Id);
        Assert.InRange(partial.Issued, 1, Voters(roll, DeliveryChannel.Email) - 1);
        Assert.Equal(partial.Issued, partial.Emails.Total);

        var rest = (await issuer.IssueAsync(ballotEvent.Code, options, Actor)).Value!;

        var figures = await EventFigures.ReadAsync(db, ballotEvent.Id);
        Assert.Equal(Voters(roll, DeliveryChannel.Email), figures.ByEmail);
        Assert.Equal(figures.ByEmail, figures.Emails.Total);
        Assert.Equal(figures.ByEmail - partial.Issued, rest.Emailed);
        Assert.Equal(Voters(roll, DeliveryChannel.Post), rest.PostLeft);
    }

    [Fact]
    public async Task IssueAsync_WithoutPostFolder_LeavesPostalVotersForALaterRun()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, roll) = await EventAsync(test, members: 200);
        using var _ = db;
        using var folder = new TempFolder();
        var issuer = new CredentialIssuer(db);
        var emailOnly = (await issuer.IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = s_page }, Actor)).Value!;

        var post = (await issuer.IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = s_page, PostFolder = folder.Path }, Actor)).Value!;

        Assert.Equal(Voters(roll, DeliveryChannel.Post), emailOnly.PostLeft);
        Assert.Equal(0, emailOnly.Posted);
        Assert.Equal(Voters(roll, DeliveryChannel.Post), post.Posted);
        Assert.Equal(0, post.Emailed);
        Assert.Equal(post.Posted, post.Print!.Packs);
    }

    [Fact]
    public async Task IssueAsync_SpooledPackWhoseCodeNeverCommitted_IsNotPrinted()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, roll) = await EventAsync(test, members: 200);
        using var _ = db;
        using var folder = new TempFolder();
        var postal = roll.Entries.First(e => e.Channel == DeliveryChannel.Post).MembershipNumber;
        // What a crash between writing the spool and committing leaves: a pack whose code is stored nowhere.
        var stray = VotingCode.Generate();
        new PostalSpool(folder.Path, ballotEvent.Code).Append("crashed", [new SpoolLine(postal, "Stray", ["1 Road"], "AB1 2CD", stray.ToDisplayText(), VotingLink.For(s_page, stray).AbsoluteUri, null)]);

        var result = (await new CredentialIssuer(db).IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = s_page, PostFolder = folder.Path }, Actor)).Value!;

        Assert.Equal(Voters(roll, DeliveryChannel.Post), result.Print!.Packs);
        var manifest = await File.ReadAllLinesAsync(result.Print.ManifestPath);
        Assert.Single(manifest, l => l.Contains(postal, StringComparison.Ordinal));
    }

    [Fact]
    public async Task IssueAsync_DraftEvent_Refused()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, _) = await EventAsync(test, members: 50, status: BallotEventStatus.Draft);
        using var _db = db;

        var result = await new CredentialIssuer(db).IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = s_page }, Actor);

        Assert.Equal(ServiceFailure.Conflict, result.Failure);
        Assert.Contains("is draft", result.Error, StringComparison.Ordinal);
        Assert.Equal(0, (await EventFigures.ReadAsync(db, ballotEvent.Id)).Issued);
    }

    [Fact]
    public async Task IssueAsync_RollNotApproved_RefusedNamingTheRoll()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, _) = await EventAsync(test, members: 50, approve: false);
        using var _db = db;

        var result = await new CredentialIssuer(db).IssueAsync(ballotEvent.Code, new IssueOptions { VotingPage = s_page }, Actor);

        Assert.Equal(ServiceFailure.Conflict, result.Failure);
        Assert.Contains(RollContest, result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoveAsync_DraftWithApprovedRoll_ScheduledAndAudited()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, _) = await EventAsync(test, members: 50, status: BallotEventStatus.Draft);
        using var _db = db;
        var service = new EventStatusService(db);

        var change = await service.MoveAsync(ballotEvent.Code, BallotEventStatus.Scheduled, Actor);

        Assert.True(change.Moved, string.Join(" ", change.Refusals));
        Assert.Equal(BallotEventStatus.Scheduled, (await db.BallotEvents.GetAsync(ballotEvent.Code))!.Status);
        var entry = Assert.Single(await db.AuditLog.ReadAllAsync().ToListAsync(), e => e.Action == AuditActions.EventStatusChanged);
        Assert.Equal("draft", entry.Details["from"]);
        Assert.Equal("scheduled", entry.Details["to"]);
    }

    [Fact]
    public async Task MoveAsync_OpenWithoutKeyCeremony_RefusedWithTheReasonAndNothingStored()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, _) = await EventAsync(test, members: 50);
        using var _db = db;

        var change = await new EventStatusService(db).MoveAsync(ballotEvent.Code, BallotEventStatus.Open, Actor);

        Assert.False(change.Moved);
        Assert.Contains(change.Refusals, r => r.Contains("key ceremony", StringComparison.Ordinal));
        Assert.Equal(BallotEventStatus.Scheduled, (await db.BallotEvents.GetAsync(ballotEvent.Code))!.Status);
        Assert.DoesNotContain(await db.AuditLog.ReadAllAsync().ToListAsync(), e => e.Action == AuditActions.EventStatusChanged);
    }

    [Fact]
    public async Task MoveAsync_OpenWithProvenCeremony_Opens()
    {
        await using var test = await _provider.CreateAsync();
        var (db, ballotEvent, _) = await EventAsync(test, members: 50);
        using var _db = db;
        _time.SetUtcNow(ballotEvent.Timetable.BallotOpens.AddMinutes(1));

        var change = await new EventStatusService(db, new ProvenCeremony()).MoveAsync(ballotEvent.Code, BallotEventStatus.Open, Actor);

        Assert.True(change.Moved, string.Join(" ", change.Refusals));
        Assert.Equal(BallotEventStatus.Open, (await db.BallotEvents.GetAsync(ballotEvent.Code))!.Status);
    }

    private static async IAsyncEnumerable<Omov.Data.Outbox.ClaimedMessage> ClaimAllAsync(OmovDatabase db)
    {
        while (true)
        {
            var batch = await db.EmailOutbox.ClaimAsync("test", 100, TimeSpan.FromMinutes(5));
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var message in batch)
            {
                yield return message;
            }
        }
    }

    /// <summary>What the key ceremony's storage will say once a ceremony proved its shares.</summary>
    private sealed class ProvenCeremony : IEventSecrecyFacts
    {
        public Task<bool> KeyCeremonyProvenAsync(Guid eventId, CancellationToken cancellationToken = default) => Task.FromResult(true);

        public Task<bool> CountedAsync(Guid eventId, CancellationToken cancellationToken = default) => Task.FromResult(false);
    }
}
