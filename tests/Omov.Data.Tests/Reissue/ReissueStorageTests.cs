using System.Security.Cryptography;
using Microsoft.Extensions.Time.Testing;
using Omov.Data.Outbox;
using Omov.Data.Tests.Providers;
using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Data.Tests.Reissue;

public abstract class ReissueStorageTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private static readonly DateTimeOffset s_now = new(2020, 3, 10, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan s_lease = TimeSpan.FromMinutes(5);
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(s_now);
    private readonly Guid _event = Guid.NewGuid();

    private async Task<(TestDatabase Test, OmovDatabase Db)> OpenAsync()
    {
        var test = await _provider.CreateAsync();
        return (test, await OmovDatabase.OpenAsync(test.Connection, _time));
    }

    private async Task AddVoterAsync(OmovDatabase db, string number, DeliveryChannel channel = DeliveryChannel.Email, string? email = "x@example.org")
    {
        await db.Members.UpsertAsync(Members.Full(number) with { Email = email });
        var hash = VotingCodeHash.Compute(_event.ToString("D"), VotingCode.Generate());
        await db.Votes.AddVotersAsync(_event, [new NewVoter(number, ["leader"], channel, hash)], s_now);
    }

    private async Task VoteByPostAsync(OmovDatabase db, string number)
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        var publicKey = ElectionPublicKey.FromBytes([0x04, .. q.X!, .. q.Y!])!;
        var ballot = BallotSealer.Seal(publicKey, new byte[64], BallotContext.ForEvent(_event.ToString("D")));
        Assert.Equal(CastOutcome.Cast, await db.Votes.CastPostalAsync(_event, number, ballot, s_now));
    }

    private OutboxMessage Reminder(string number) => new()
    {
        IdempotencyKey = "reminder:" + number,
        Kind = "reminder",
        MemberNumber = number,
        Recipient = number + "@example.org",
        Template = "reminder",
        CancelIfVotedIn = _event,
    };

    [Fact]
    public async Task ClaimAsync_ReminderToMemberWhoVotedAfterItWasQueued_IsWithdrawnNotClaimed()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await AddVoterAsync(db, "L0000001");
        await AddVoterAsync(db, "L0000002");
        await db.EmailOutbox.EnqueueAsync([Reminder("L0000001"), Reminder("L0000002")]);

        await VoteByPostAsync(db, "L0000001");
        var claimed = await db.EmailOutbox.ClaimAsync("sender-1", 10, s_lease);

        Assert.Equal(["L0000002"], claimed.Select(m => m.MemberNumber));
        var withdrawn = await db.EmailOutbox.GetAsync("reminder:L0000001");
        Assert.NotNull(withdrawn);
        Assert.Equal(OutboxStatus.Failed, withdrawn.Status);
        Assert.Equal(EmailOutboxRepository.WithdrawnResponse, withdrawn.LastResponse);
        Assert.False(withdrawn.HasContent);
        Assert.Equal(0, withdrawn.Attempts);
    }

    [Fact]
    public async Task ClaimAsync_LapsedLeaseOfReminderWhoseMemberVotedMeanwhile_IsWithdrawn()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await AddVoterAsync(db, "L0000001");
        await db.EmailOutbox.EnqueueAsync([Reminder("L0000001")]);
        Assert.Single(await db.EmailOutbox.ClaimAsync("crashed", 10, s_lease));

        await VoteByPostAsync(db, "L0000001");
        _time.Advance(s_lease + TimeSpan.FromSeconds(1));

        Assert.Empty(await db.EmailOutbox.ClaimAsync("sender-2", 10, s_lease));
        Assert.Equal(OutboxStatus.Failed, (await db.EmailOutbox.GetAsync("reminder:L0000001"))!.Status);
    }

    [Fact]
    public async Task ClaimAsync_BallotEmailWithoutTheMark_IsClaimedEvenAfterAVote()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await AddVoterAsync(db, "L0000001");
        await db.EmailOutbox.EnqueueAsync([Reminder("L0000001") with { CancelIfVotedIn = null, Kind = "ballot" }]);
        await VoteByPostAsync(db, "L0000001");

        Assert.Single(await db.EmailOutbox.ClaimAsync("sender-1", 10, s_lease));
    }

    [Fact]
    public async Task ListReminderRecipientsAsync_OnlyEmailVotersWhoHaveNotVotedAndHaveAnAddress()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await AddVoterAsync(db, "L0000001");
        await AddVoterAsync(db, "L0000002");
        await AddVoterAsync(db, "L0000003", DeliveryChannel.Post);
        await AddVoterAsync(db, "L0000004", email: null);
        await VoteByPostAsync(db, "L0000002");

        await AddVoterAsync(db, "L0000005");

        Assert.Equal([new ReminderRecipient("L0000001", "Ada", "x@example.org")], await db.Votes.ListReminderRecipientsAsync(_event, null, 1));
        Assert.Equal(["L0000005"], (await db.Votes.ListReminderRecipientsAsync(_event, "L0000001", 10)).Select(r => r.MembershipNumber));
        Assert.Empty(await db.Votes.ListReminderRecipientsAsync(_event, "L0000005", 10));
    }

    [Fact]
    public async Task RecordRequestAsync_CountsOnlyThatNumberWithinTheWindow()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var day = TimeSpan.FromDays(1);

        Assert.Equal(1, (await db.Reissues.RecordRequestAsync(_event, "L1", s_now, day)).CountInWindow);
        Assert.Equal(2, (await db.Reissues.RecordRequestAsync(_event, "L1", s_now.AddHours(1), day)).CountInWindow);
        Assert.Equal(1, (await db.Reissues.RecordRequestAsync(_event, "L2", s_now.AddHours(1), day)).CountInWindow);
        Assert.Equal(1, (await db.Reissues.RecordRequestAsync(Guid.NewGuid(), "L1", s_now.AddHours(1), day)).CountInWindow);
        var last = await db.Reissues.RecordRequestAsync(_event, "L1", s_now.AddDays(1).AddMinutes(1), day);
        Assert.Equal(2, last.CountInWindow);
        await db.Reissues.SetOutcomeAsync(last.Id, "email");
        Assert.Equal([null, null, "email"], (await db.Reissues.ListRequestsAsync(_event, "L1")).Select(r => r.Outcome));
    }

    [Fact]
    public async Task RecordRequestAsync_ConcurrentBurst_CountsEachOnce()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;

        var counts = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => db.Reissues.RecordRequestAsync(_event, "L1", s_now, TimeSpan.FromDays(1))));

        Assert.Equal(Enumerable.Range(1, 8), counts.Select(c => c.CountInWindow).Order());
    }

    [Fact]
    public async Task PostalQueue_PrintedReissue_LeavesTheQueueAndLosesItsCode()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        await AddVoterAsync(db, "L0000001");
        var code = VotingCode.Generate();
        await using (var connection = await db.OpenConnectionAsync())
        await using (var transaction = await db.BeginWriteAsync(connection))
        {
            Assert.Equal(ReissueOutcome.Reissued, await db.Votes.ReissueAsync(connection, transaction, _event, "L0000001", VotingCodeHash.Compute(_event.ToString("D"), code), s_now));
            await db.Reissues.QueuePostalAsync(connection, transaction, _event, "L0000001", code.ToDisplayText(), s_now);
            await transaction.CommitAsync();
        }

        var pending = Assert.Single(await db.Reissues.ListPendingPostalAsync(_event));
        Assert.Equal(("L0000001", code.ToDisplayText()), (pending.MembershipNumber, pending.VotingCode));
        Assert.Equal(1, await db.Reissues.MarkPrintedAsync([pending.Id], s_now));
        Assert.Empty(await db.Reissues.ListPendingPostalAsync(_event));
        Assert.Equal(0, await db.Reissues.MarkPrintedAsync([pending.Id], s_now));
    }

    [Fact]
    public async Task ReminderRounds_ScheduledInOrder_DueOnesListedUntilQueued()
    {
        var (test, db) = await OpenAsync();
        await using var _ = test;
        using var __ = db;
        var first = await db.ReminderRounds.ScheduleAsync(_event, s_now.AddDays(1));
        var second = await db.ReminderRounds.ScheduleAsync(_event, s_now.AddDays(3));

        Assert.Equal((1, 2), (first.Round, second.Round));
        Assert.Empty(await db.ReminderRounds.ListDueAsync(s_now));
        Assert.Equal([1], (await db.ReminderRounds.ListDueAsync(s_now.AddDays(2))).Select(r => r.Round));
        Assert.True(await db.ReminderRounds.MarkQueuedAsync(_event, 1, s_now.AddDays(2), 42));
        Assert.False(await db.ReminderRounds.MarkQueuedAsync(_event, 1, s_now.AddDays(2), 43));
        Assert.Empty(await db.ReminderRounds.ListDueAsync(s_now.AddDays(2)));
        var rounds = await db.ReminderRounds.ListAsync(_event);
        Assert.Equal(42, rounds[0].Queued);
        Assert.Null(rounds[1].QueuedAt);
    }
}

public sealed class SqliteReissueStorageTests : ReissueStorageTests<SqliteProvider>;

public sealed class PostgresReissueStorageTests : ReissueStorageTests<PostgresProvider>;
