using Omov.Data;
using Omov.Data.Results;
using Omov.Data.Services;
using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Results;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Web.Tests.Results;

/// <summary>Steps the ballot box tests take straight through storage: the event, casting, moving its status.</summary>
internal static class BallotBoxSetup
{
    public const string Passphrase1 = "amber falcon meadow lantern six";
    public const string Passphrase2 = "granite willow ferry trumpet two";

    /// <summary>The Leadership 2020 preset as a new draft event.</summary>
    public static async Task<BallotEvent> AddEventAsync(OmovDatabase db)
    {
        var ballotEvent = EventPresets.Leadership2020() with { Id = Guid.NewGuid() };
        Assert.True(await db.BallotEvents.AddAsync(ballotEvent));
        return ballotEvent;
    }

    /// <summary>Opens the ballot, casts <paramref name="ballots"/> through the real ballot box, and closes it.</summary>
    public static async Task CastAndCloseAsync(OmovDatabase db, BallotEvent ballotEvent, int ballots)
    {
        for (var status = BallotEventStatus.Scheduled; status <= BallotEventStatus.Open; status++)
        {
            Assert.True(await db.BallotEvents.ChangeStatusAsync(ballotEvent.Id, status - 1, status));
        }

        var record = (await db.KeyCeremonies.GetAsync(ballotEvent.Id))!.Record;
        var layout = BallotEventLayout.For(ballotEvent);
        for (var i = 0; i < ballots; i++)
        {
            var hash = VotingCodeHash.Compute(BoxCount.BindingOf(ballotEvent), VotingCode.Generate());
            await db.Votes.AddVotersAsync(ballotEvent.Id, [new NewVoter($"L{i:0000000}", ["leader", "deputy"], DeliveryChannel.Email, hash)], db.Time.GetUtcNow());
            // Keir Starmer (3) first on two thirds of the ballots; Angela Rayner (5) for deputy.
            var leader = i % 3 == 0 ? new[] { 1, 3 } : [3, 2];
            var ballot = new BallotPlaintext([ContestChoice.Ranking(1, leader), ContestChoice.Ranking(2, [5, 4])]);
            Assert.Equal(CastOutcome.Cast, await db.Votes.CastAsync(ballotEvent.Id, hash, BallotSealer.Seal(record.PublicKey, BoxCount.BindingOf(ballotEvent), ballot, layout)));
        }

        Assert.True(await db.BallotEvents.ChangeStatusAsync(ballotEvent.Id, BallotEventStatus.Open, BallotEventStatus.Closed));
    }

    /// <summary>Holds a 2-of-2 ceremony, casts, closes and counts, all through the services; returns the event.</summary>
    public static async Task<BallotEvent> CountedAsync(RunningOmovHandle omov, int ballots = 6)
    {
        var db = omov.Database;
        var ballotEvent = await AddEventAsync(db);
        var officer = (await db.StaffAccounts.GetAsync(omov.Officer))!;
        var one = (await db.StaffAccounts.GetAsync(omov.Scrutineer1))!;
        var two = (await db.StaffAccounts.GetAsync(omov.Scrutineer2))!;
        var ceremony = new KeyCeremonyService(db) { Iterations = 1000 };
        Assert.True((await ceremony.HoldAsync(ballotEvent.Code, 2, [new ScrutineerChoice(one.Username, Passphrase1), new ScrutineerChoice(two.Username, Passphrase2)], officer)).Success);
        var file1 = (await ceremony.CollectAsync(ballotEvent.Code, one)).Value!.ShareFileText;
        var file2 = (await ceremony.CollectAsync(ballotEvent.Code, two)).Value!.ShareFileText;
        await CastAndCloseAsync(db, ballotEvent, ballots);
        var opened = await new BoxOpeningService(db).OpenAsync(ballotEvent.Code, [new ScrutineerShare("1.json", file1, Passphrase1), new ScrutineerShare("2.json", file2, Passphrase2)], one);
        Assert.True(opened.Success, opened.Error);
        return ballotEvent;
    }
}

/// <summary>A running server and the usernames of its returning officer and two scrutineers.</summary>
internal sealed record RunningOmovHandle(OmovDatabase Database, string Officer, string Scrutineer1, string Scrutineer2);
