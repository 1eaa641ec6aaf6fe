using Omov.Data.Tests.Providers;
using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Data.Tests.Voting;

public abstract class VotingRepositoryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private static readonly DateTimeOffset s_issued = new(2020, 2, 24, 9, 0, 0, TimeSpan.Zero);
    private static readonly ElectionPublicKey s_key = TestKeys.NewPublicKey();
    private readonly TProvider _provider = new();
    private readonly Guid _event = Guid.NewGuid();

    private byte[] Hash(VotingCode code) => VotingCodeHash.Compute(_event.ToString("D"), code);

    private SealedBallot Ballot() => BallotSealer.Seal(s_key, new byte[64], BallotContext.ForEvent(_event.ToString("D")));

    private async Task<VotingCode> AddVoterAsync(OmovDatabase db, string member, DeliveryChannel channel = DeliveryChannel.Email)
    {
        var code = VotingCode.Generate();
        Assert.Equal(1, await db.Votes.AddVotersAsync(_event, [new NewVoter(member, ["leader", "deputy"], channel, Hash(code))], s_issued));
        return code;
    }

    [Fact]
    public async Task AddVotersAsync_MemberAlreadyHoldingABallot_IsSkippedAndKeepsTheirCode()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var first = await AddVoterAsync(db, "L0000001", DeliveryChannel.Post);

        var again = await db.Votes.AddVotersAsync(_event, [new NewVoter("L0000001", ["leader"], DeliveryChannel.Email, Hash(VotingCode.Generate()))], s_issued);

        Assert.Equal(0, again);
        var found = await db.Votes.FindCredentialAsync(Hash(first));
        Assert.NotNull(found);
        Assert.Equal(CredentialStatus.Current, found.Status);
        Assert.Equal(s_issued, found.IssuedAt);
        Assert.Equal(new EventVoter(_event, "L0000001", found.Voter.Contests, DeliveryChannel.Post, null), found.Voter);
        Assert.Equal(["leader", "deputy"], found.Voter.Contests);
    }

    [Fact]
    public async Task CastAsync_CurrentCode_StoresOneBallotAndMarksTheMember()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var code = await AddVoterAsync(db, "L0000001");
        await AddVoterAsync(db, "L0000002");
        var ballot = Ballot();

        Assert.Equal(CastOutcome.Cast, await db.Votes.CastAsync(_event, Hash(code), ballot));
        Assert.Equal(CastOutcome.AlreadyVoted, await db.Votes.CastAsync(_event, Hash(code), Ballot()));

        Assert.Equal(new TurnoutFigures(2, 1, 0, 1, 0), await db.Votes.ReadTurnoutAsync(_event));
        Assert.Equal(VoteChannel.Web, (await db.Votes.GetVoterAsync(_event, "L0000001"))!.Voted);
        Assert.True(await db.Votes.HasTrackingCodeAsync(_event, ballot.TrackingCode.Text));
        var stored = await db.Votes.ReadSealedAsync(_event).ToListAsync();
        Assert.Equal(ballot.ToBytes(), Assert.Single(stored));
    }

    [Fact]
    public async Task CastAsync_ManyRacingWithOneCode_ExactlyOneBallot()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var code = await AddVoterAsync(db, "L0000001");

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => db.Votes.CastAsync(_event, Hash(code), Ballot()))));

        Assert.Equal(1, outcomes.Count(o => o == CastOutcome.Cast));
        Assert.All(outcomes.Where(o => o != CastOutcome.Cast), o => Assert.Equal(CastOutcome.AlreadyVoted, o));
        Assert.Equal(1, (await db.Votes.ReadTurnoutAsync(_event)).BallotsInBox);
    }

    [Fact]
    public async Task CastAsync_CodeOfAnotherEventOrUnknown_IsNotAVoter()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var code = await AddVoterAsync(db, "L0000001");

        Assert.Equal(CastOutcome.NotAVoter, await db.Votes.CastAsync(Guid.NewGuid(), Hash(code), Ballot()));
        Assert.Equal(CastOutcome.NotAVoter, await db.Votes.CastAsync(_event, VotingCodeHash.Compute(Guid.NewGuid().ToString("D"), code), Ballot()));
        Assert.Equal(CastOutcome.NotAVoter, await db.Votes.CastAsync(_event, Hash(VotingCode.Generate()), Ballot()));
        Assert.Equal(0, (await db.Votes.ReadTurnoutAsync(_event)).BallotsInBox);
    }

    [Fact]
    public async Task ReissueAsync_RevokesTheOldCode_AndIsRefusedOnceVoted()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var old = await AddVoterAsync(db, "L0000001");
        var replacement = VotingCode.Generate();

        Assert.Equal(ReissueOutcome.Reissued, await db.Votes.ReissueAsync(_event, "L0000001", Hash(replacement), s_issued.AddDays(3)));
        Assert.Equal(CredentialStatus.Reissued, (await db.Votes.FindCredentialAsync(Hash(old)))!.Status);
        Assert.Equal(CastOutcome.CodeRevoked, await db.Votes.CastAsync(_event, Hash(old), Ballot()));
        Assert.Equal(CastOutcome.Cast, await db.Votes.CastAsync(_event, Hash(replacement), Ballot()));

        Assert.Equal(ReissueOutcome.AlreadyVoted, await db.Votes.ReissueAsync(_event, "L0000001", Hash(VotingCode.Generate()), s_issued.AddDays(4)));
        Assert.Equal(ReissueOutcome.NotAVoter, await db.Votes.ReissueAsync(_event, "L0000009", Hash(VotingCode.Generate()), s_issued.AddDays(4)));
        Assert.Equal(1, (await db.Votes.ReadTurnoutAsync(_event)).CodesReissued);
    }

    [Fact]
    public async Task CastPostalAsync_CancelsTheOnlineCode_AndALaterPaperIsInvalid()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var posted = await AddVoterAsync(db, "L0000001", DeliveryChannel.Post);
        var online = await AddVoterAsync(db, "L0000002");

        Assert.Equal(CastOutcome.Cast, await db.Votes.CastPostalAsync(_event, "L0000001", Ballot(), s_issued.AddDays(5)));
        Assert.Equal(CredentialStatus.VotedByPost, (await db.Votes.FindCredentialAsync(Hash(posted)))!.Status);
        Assert.Equal(CastOutcome.AlreadyVoted, await db.Votes.CastAsync(_event, Hash(posted), Ballot()));

        Assert.Equal(CastOutcome.Cast, await db.Votes.CastAsync(_event, Hash(online), Ballot()));
        Assert.Equal(CastOutcome.AlreadyVoted, await db.Votes.CastPostalAsync(_event, "L0000002", Ballot(), s_issued.AddDays(5)));
        Assert.Equal(CastOutcome.NotAVoter, await db.Votes.CastPostalAsync(_event, "L0000009", Ballot(), s_issued.AddDays(5)));
        Assert.Equal(new TurnoutFigures(2, 1, 1, 2, 0), await db.Votes.ReadTurnoutAsync(_event));
    }

    [Fact]
    public async Task ReissueAndCast_Racing_NeverBothWin()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var codes = new List<VotingCode>();
        for (var i = 0; i < 10; i++)
        {
            codes.Add(await AddVoterAsync(db, $"L{i:0000000}"));
        }

        var races = await Task.WhenAll(codes.Select((code, i) => Task.Run(async () =>
        {
            var cast = db.Votes.CastAsync(_event, Hash(code), Ballot());
            var reissue = db.Votes.ReissueAsync(_event, $"L{i:0000000}", Hash(VotingCode.Generate()), s_issued.AddDays(1));
            return (Cast: await cast, Reissue: await reissue);
        })));

        Assert.All(races, race => Assert.True(
            (race.Cast == CastOutcome.Cast && race.Reissue == ReissueOutcome.AlreadyVoted)
            || (race.Cast == CastOutcome.CodeRevoked && race.Reissue == ReissueOutcome.Reissued),
            $"cast {race.Cast}, reissue {race.Reissue}"));
        var figures = await db.Votes.ReadTurnoutAsync(_event);
        Assert.Equal(races.Count(r => r.Cast == CastOutcome.Cast), figures.BallotsInBox);
        Assert.Equal(figures.Voted, figures.BallotsInBox);
    }

    [Fact]
    public async Task ReadTrackingCodesAsync_Sorted_NotInArrivalOrder()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var tracking = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            var code = await AddVoterAsync(db, $"L{i:0000000}");
            var ballot = Ballot();
            Assert.Equal(CastOutcome.Cast, await db.Votes.CastAsync(_event, Hash(code), ballot));
            tracking.Add(ballot.TrackingCode.Text);
        }

        var board = await db.Votes.ReadTrackingCodesAsync(_event).ToListAsync();

        Assert.Equal(tracking.Order(StringComparer.Ordinal), board);
    }
}

public sealed class SqliteVotingRepositoryTests : VotingRepositoryTests<SqliteProvider>;

public sealed class PostgresVotingRepositoryTests : VotingRepositoryTests<PostgresProvider>;
