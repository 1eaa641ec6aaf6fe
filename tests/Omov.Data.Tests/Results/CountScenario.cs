using Omov.Counting;
using Omov.Data.Results;
using Omov.Data.Services;
using Omov.Data.Tests.Services;
using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Results;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Sealing;
using Omov.Elections.Staff;

namespace Omov.Data.Tests.Results;

/// <summary>
/// A small ballot event taken from set-up to the close through the real services and the real
/// ballot box: a returning officer, three scrutineers holding shares 2 of 3, and ballots cast with
/// voting codes. Leader (AV, 3 candidates) and an NEC-style contest (ERS97, 3 seats, at least 2 women).
/// </summary>
internal sealed class CountScenario
{
    public const string Passphrase1 = "correct horse battery staple one";
    public const string Passphrase2 = "violet mountain kettle drum seven";
    public const string Passphrase3 = "quiet harbour lantern orchard nine";

    public static readonly StaffAccount Officer = RollServiceTests<Providers.SqliteProvider>.Staff("rita.ro", StaffRole.ReturningOfficer);
    public static readonly StaffAccount Scrutineer1 = RollServiceTests<Providers.SqliteProvider>.Staff("sam.one", StaffRole.Scrutineer);
    public static readonly StaffAccount Scrutineer2 = RollServiceTests<Providers.SqliteProvider>.Staff("sue.two", StaffRole.Scrutineer);
    public static readonly StaffAccount Scrutineer3 = RollServiceTests<Providers.SqliteProvider>.Staff("sid.three", StaffRole.Scrutineer);
    public static readonly StaffAccount Administrator = RollServiceTests<Providers.SqliteProvider>.Staff("ada.admin", StaffRole.Administrator);

    public CountScenario(OmovDatabase database) => Database = database;

    public OmovDatabase Database { get; }

    public BallotEvent Event { get; } = new()
    {
        Id = Guid.NewGuid(),
        Code = "test-2026",
        Title = "Test elections 2026",
        Timetable = EventPresets.Leadership2020().Timetable,
        Contests =
        [
            new EventContest
            {
                Code = "leader", Title = "Leader", Method = "av", RollContest = "labour-leader-deputy-2020",
                Candidates = [new(1, "Ann Able", "", []), new(2, "Bob Best", "", []), new(3, "Cat Cole", "", ["women"])],
            },
            new EventContest
            {
                Code = "nec", Title = "NEC", Method = "ers97", Seats = 3, RollContest = "labour-nec-clp-2020",
                Limits = [new GroupLimit("women", GroupLimitKind.Minimum, 2)],
                Candidates =
                [
                    new(1, "Dan Dale", "", []), new(2, "Eve Eden", "", ["women"]), new(3, "Fred Fox", "", []),
                    new(4, "Gina Gale", "", ["women"]), new(5, "Hal Hart", "", []),
                ],
            },
        ],
    };

    /// <summary>The share files, as collected by their holders, in share order.</summary>
    public List<string> ShareFiles { get; } = [];

    /// <summary>The ballots cast, in casting order.</summary>
    public List<BallotPlaintext> Cast { get; } = [];

    public static IEnumerable<BallotPlaintext> StandardBallots()
    {
        // Leader: Cat Cole wins on first preferences (5 of 9). NEC: men lead, women must take two seats.
        for (var i = 0; i < 5; i++)
        {
            yield return Ballot([3, 1], [1, 3, 5, 2]);
        }

        for (var i = 0; i < 3; i++)
        {
            yield return Ballot([1, 2], [3, 5, 1, 4]);
        }

        yield return new BallotPlaintext([ContestChoice.Ranking(1, [2]), ContestChoice.Blank(2)]);
    }

    public static BallotPlaintext Ballot(int[] leader, int[] nec) =>
        new([ContestChoice.Ranking(1, leader), ContestChoice.Ranking(2, nec)]);

    /// <summary>Adds the staff and the event, holds the ceremony, collects the files, opens, casts, closes.</summary>
    public async Task ToCloseAsync(IEnumerable<BallotPlaintext>? ballots = null)
    {
        foreach (var account in new[] { Officer, Scrutineer1, Scrutineer2, Scrutineer3, Administrator })
        {
            Assert.True(await Database.StaffAccounts.AddAsync(account));
        }

        Assert.True(await Database.BallotEvents.AddAsync(Event));
        var ceremony = await Ceremony().HoldAsync(Event.Code, 2,
            [new ScrutineerChoice(Scrutineer1.Username, Passphrase1), new ScrutineerChoice(Scrutineer2.Username, Passphrase2), new ScrutineerChoice(Scrutineer3.Username, Passphrase3)],
            Officer);
        Assert.True(ceremony.Success, ceremony.Error);
        Assert.True(ceremony.Value.Proven);
        foreach (var scrutineer in new[] { Scrutineer1, Scrutineer2, Scrutineer3 })
        {
            var collected = await Ceremony().CollectAsync(Event.Code, scrutineer);
            Assert.True(collected.Success, collected.Error);
            ShareFiles.Add(collected.Value.ShareFileText);
        }

        await MoveAsync(BallotEventStatus.Scheduled);
        await MoveAsync(BallotEventStatus.Open);
        var record = (await Database.KeyCeremonies.GetAsync(Event.Id))!.Record;
        var layout = BallotEventLayout.For(Event);
        var number = 0;
        foreach (var ballot in ballots ?? StandardBallots())
        {
            var code = VotingCode.Generate();
            var hash = VotingCodeHash.Compute(BoxCount.BindingOf(Event), code);
            var member = $"L{++number:0000000}";
            Assert.Equal(1, await Database.Votes.AddVotersAsync(Event.Id, [new NewVoter(member, ["leader", "nec"], DeliveryChannel.Email, hash)], Database.Time.GetUtcNow()));
            Assert.Equal(CastOutcome.Cast, await Database.Votes.CastAsync(Event.Id, hash, BallotSealer.Seal(record.PublicKey, BoxCount.BindingOf(Event), ballot, layout)));
            Cast.Add(ballot);
        }

        await MoveAsync(BallotEventStatus.Closed);
    }

    public KeyCeremonyService Ceremony() => new(Database) { Iterations = 1000 };

    public ScrutineerShare Share(int index, string? passphrase = null) =>
        new($"share-{index}.json", ShareFiles[index - 1], passphrase ?? index switch { 1 => Passphrase1, 2 => Passphrase2, _ => Passphrase3 });

    public async Task MoveAsync(BallotEventStatus to) =>
        Assert.True(await Database.BallotEvents.ChangeStatusAsync(Event.Id, to - 1, to));

    public async Task<BallotEventStatus> StatusAsync() => (await Database.BallotEvents.GetAsync(Event.Id))!.Status;
}
