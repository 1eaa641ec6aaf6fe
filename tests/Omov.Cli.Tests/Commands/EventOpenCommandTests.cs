using Omov.Data;
using Omov.Data.Results;
using Omov.Data.Services;
using Omov.Data.Voting;
using Omov.Elections.Audit;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Results;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Sealing;
using Omov.Elections.Staff;

namespace Omov.Cli.Tests.Commands;

public sealed class EventOpenCommandTests
{
    private const string First = "copper valley anthem river forty";
    private const string Second = "winter garden pebble signal eight";

    private static StaffAccount Staff(string username, StaffRole role) => new()
    {
        Id = Guid.NewGuid(),
        Username = username,
        DisplayName = username,
        Email = username + "@example.org",
        Roles = [role],
        PasswordHash = "pbkdf2-sha256$600000$c2FsdA==$aGFzaA==",
        CreatedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    /// <summary>A closed leadership event, a 2-of-2 ceremony with the share files written to <paramref name="folder"/>, and three ballots cast.</summary>
    private static async Task<(string Share1, string Share2)> ClosedEventAsync(string connection, TempFolder folder)
    {
        using var db = await OmovDatabase.OpenAsync(connection);
        var officer = Staff("rita.ro", StaffRole.ReturningOfficer);
        var one = Staff("sam.one", StaffRole.Scrutineer);
        var two = Staff("sue.two", StaffRole.Scrutineer);
        foreach (var account in new[] { officer, one, two })
        {
            await db.StaffAccounts.AddAsync(account);
        }

        var ballotEvent = EventPresets.Leadership2020() with { Id = Guid.NewGuid() };
        await db.BallotEvents.AddAsync(ballotEvent);
        var ceremony = new KeyCeremonyService(db) { Iterations = 1000 };
        var held = await ceremony.HoldAsync(ballotEvent.Code, 2, [new ScrutineerChoice(one.Username, First), new ScrutineerChoice(two.Username, Second)], officer);
        Assert.True(held.Success, held.Error);
        var share1 = folder.Write("share-1.json", (await ceremony.CollectAsync(ballotEvent.Code, one)).Value!.ShareFileText);
        var share2 = folder.Write("share-2.json", (await ceremony.CollectAsync(ballotEvent.Code, two)).Value!.ShareFileText);
        for (var status = BallotEventStatus.Scheduled; status <= BallotEventStatus.Open; status++)
        {
            await db.BallotEvents.ChangeStatusAsync(ballotEvent.Id, status - 1, status);
        }

        var layout = BallotEventLayout.For(ballotEvent);
        for (var i = 0; i < 3; i++)
        {
            var hash = VotingCodeHash.Compute(BoxCount.BindingOf(ballotEvent), VotingCode.Generate());
            await db.Votes.AddVotersAsync(ballotEvent.Id, [new NewVoter($"L{i:0000000}", ["leader", "deputy"], DeliveryChannel.Email, hash)], db.Time.GetUtcNow());
            var ballot = new BallotPlaintext([ContestChoice.Ranking(1, [3, 1]), ContestChoice.Ranking(2, [5])]);
            Assert.Equal(CastOutcome.Cast, await db.Votes.CastAsync(ballotEvent.Id, hash, BallotSealer.Seal(held.Value.Record.PublicKey, BoxCount.BindingOf(ballotEvent), ballot, layout)));
        }

        await db.BallotEvents.ChangeStatusAsync(ballotEvent.Id, BallotEventStatus.Open, BallotEventStatus.Closed);
        return (share1, share2);
    }

    private static void OpensAndCounts(string db, string share1, string share2)
    {
        var run = CliRun.WithInput(First + "\n" + Second + "\n", "event", "open", "labour-leadership-2020", "--share", share1, "--share", share2, "--db", db).AssertSuccess();

        Assert.Contains("Opened the ballot box of labour-leadership-2020 with shares 1, 2: 3 ballots, 0 rejected.", run.Out, StringComparison.Ordinal);
        Assert.Contains("leader: counted by av, 3 ballots", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Keir Starmer", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_TwoSharesWithPassphrasesOnStdin_CountsAndAudits()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        var (share1, share2) = await ClosedEventAsync(db, folder);

        OpensAndCounts(db, share1, share2);

        using var database = await OmovDatabase.OpenAsync(db);
        Assert.Equal(BallotEventStatus.Counted, (await database.BallotEvents.GetAsync("labour-leadership-2020"))!.Status);
        var entries = await database.AuditLog.ReadLatestAsync(3);
        Assert.Contains(entries, e => e.Action == AuditActions.BoxOpened && e.Actor.StartsWith("cli:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Open_OnPostgres_CountsTheBox()
    {
        using var folder = new TempFolder();
        await TestPostgres.WithDatabaseAsync(connection =>
        {
            var (share1, share2) = ClosedEventAsync(connection, folder).GetAwaiter().GetResult();
            OpensAndCounts(connection, share1, share2);
        });
    }

    [Fact]
    public async Task Open_WrongPassphrase_Exit2NamingTheShareFile()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        var (share1, share2) = await ClosedEventAsync(db, folder);

        var run = CliRun.WithInput(First + "\n" + First + "\n", "event", "open", "labour-leadership-2020", "--share", share1, "--share", share2, "--db", db).AssertBadInput();

        Assert.Equal("omov: share-2.json: Share 2 did not unlock: the passphrase is wrong, or the share file has been altered.", run.Error.Trim());
        Assert.DoesNotContain(First, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Open_OneShareOfTwo_Exit2SayingHowManyAreNeeded()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        var (share1, _) = await ClosedEventAsync(db, folder);

        var run = CliRun.WithInput(First + "\n", "event", "open", "labour-leadership-2020", "--share", share1, "--db", db).AssertBadInput();

        Assert.Equal("omov: 2 different shares are needed to open the box; 1 was given.", run.Error.Trim());
        using var database = await OmovDatabase.OpenAsync(db);
        Assert.Equal(BallotEventStatus.Closed, (await database.BallotEvents.GetAsync("labour-leadership-2020"))!.Status);
    }

    [Fact]
    public async Task Open_MissingPassphraseOrFile_Exit2()
    {
        using var folder = new TempFolder();
        var db = folder.File("omov.db");
        var (share1, share2) = await ClosedEventAsync(db, folder);

        var noPassphrase = CliRun.WithInput(First + "\n", "event", "open", "labour-leadership-2020", "--share", share1, "--share", share2, "--db", db).AssertBadInput();
        var noFile = CliRun.WithInput(First + "\n", "event", "open", "labour-leadership-2020", "--share", folder.File("absent.json"), "--db", db).AssertBadInput();
        var garbled = CliRun.WithInput(First + "\n", "event", "open", "labour-leadership-2020", "--share", folder.Write("notes.json", "{}"), "--db", db).AssertBadInput();

        Assert.Contains("share-2.json: no passphrase on standard input", noPassphrase.Error, StringComparison.Ordinal);
        Assert.Contains("absent.json: cannot read the share file", noFile.Error, StringComparison.Ordinal);
        Assert.StartsWith("omov: notes.json: share file:", garbled.Error, StringComparison.Ordinal);
    }
}
