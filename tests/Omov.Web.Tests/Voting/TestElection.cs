using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Omov.Data;
using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Keys;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Voting;

/// <summary>
/// A running server with an open ballot event of four contests (AV leader, STV NEC with guidance,
/// FPTP rep, block delegates) and a real key ceremony whose shares the test holds, so it can open
/// the box and see exactly what was stored.
/// </summary>
internal sealed class TestElection : IAsyncDisposable
{
    public const string AllContests = "leader nec rep delegates";

    private static readonly string[] s_passphrases = ["orange kettle harbour one lantern", "purple window meadow two anchor", "silver garden pocket three ribbon"];

    private TestElection(RunningOmov omov, TestEventKeys keys, CapturedLogs logs)
    {
        Omov = omov;
        Keys = keys;
        Logs = logs;
    }

    /// <summary>What the server logged.</summary>
    public CapturedLogs Logs { get; }

    public RunningOmov Omov { get; }

    public TestEventKeys Keys { get; }

    public BallotEvent Event { get; private set; } = null!;

    public KeyCeremonyResult Ceremony { get; private set; } = null!;

    public OmovDatabase Database => Omov.Database;

    public static async Task<TestElection> StartAsync(DatabaseEngine engine, BallotEventStatus status = BallotEventStatus.Open, int voteCodeAttemptsPerMinute = 1_000)
    {
        var keys = new TestEventKeys();
        var logs = new CapturedLogs();
        var omov = await RunningOmov.StartAsync(engine, configure: options => options with
        {
            VoteCodeAttemptsPerMinute = voteCodeAttemptsPerMinute,
            ConfigureServices = services =>
            {
                services.AddSingleton<IEventPublicKeys>(keys);
                services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(logs);
            },
        });
        var election = new TestElection(omov, keys, logs);
        election.Event = await election.AddEventAsync("ballot-2026", status);
        election.Ceremony = election.RunCeremony(election.Event.Id);
        return election;
    }

    /// <summary>Adds an event with the four contests; its key ceremony is the caller's to run.</summary>
    public async Task<BallotEvent> AddEventAsync(string code, BallotEventStatus status)
    {
        var now = TimeProvider.System.GetUtcNow();
        var ballotEvent = new BallotEvent
        {
            Id = Guid.NewGuid(),
            Code = code,
            Title = "Party elections 2026",
            Status = status,
            Timetable = new EventTimetable
            {
                RollFreeze = now.AddDays(-10),
                BallotOpens = now.AddDays(-1),
                ReissueOpens = now.AddDays(-1),
                PostalReissueCloses = now.AddDays(5),
                EmailReissueCloses = now.AddDays(9),
                Close = now.AddDays(10),
            },
            Contests =
            [
                Contest("leader", "Leader", "av", 1, ["Ann Archer", "Bob Baker", "Cat Cole"], "Number the candidates in order of preference. You may rank as many or as few as you like."),
                Contest("nec", "NEC (CLP section)", "ers97", 2, ["Dee Dale", "Eve Ellis", "Fay Ford", "Gus Grant"], "You may rank as many as you like; we recommend at least 2."),
                Contest("rep", "Disabled members' representative", "fptp", 1, ["Hal Hart", "Ivy Irons"], ""),
                Contest("delegates", "Conference delegates", "block", 2, ["Jo James", "Kim King", "Lee Lowe"], ""),
            ],
        };
        Assert.True(await Database.BallotEvents.AddAsync(ballotEvent));
        return ballotEvent;
    }

    public KeyCeremonyResult RunCeremony(Guid eventId)
    {
        var ceremony = KeyCeremony.Run(new KeyCeremonyRequest(eventId.ToString("D"), 2,
            [.. s_passphrases.Select((p, i) => new ScrutineerPassphrase(string.Create(CultureInfo.InvariantCulture, $"Scrutineer {i + 1}"), p))])
        {
            Iterations = 1_000,
        });
        Assert.True(ceremony.Success, string.Join(" ", ceremony.Problems));
        Keys.Add(eventId, ceremony.Record.PublicKey);
        return ceremony;
    }

    /// <summary>Gives <paramref name="member"/> a ballot with these contests (space-separated codes); returns their voting code.</summary>
    public async Task<VotingCode> AddVoterAsync(string member, string contests = AllContests, BallotEvent? ballotEvent = null)
    {
        var target = ballotEvent ?? Event;
        var code = VotingCode.Generate();
        var added = await Database.Votes.AddVotersAsync(target.Id,
            [new NewVoter(member, contests.Split(' '), DeliveryChannel.Email, VotingCodeHash.Compute(target.Id.ToString("D"), code))],
            TimeProvider.System.GetUtcNow());
        Assert.Equal(1, added);
        return code;
    }

    /// <summary>Opens every ballot in the box with two of the three shares, as the scrutineers would.</summary>
    public async Task<List<BallotPlaintext>> OpenBoxAsync()
    {
        var shares = Ceremony.ShareFiles.Take(2).Select((file, i) =>
        {
            var unlocked = file.Unlock(s_passphrases[i]);
            Assert.True(unlocked.Success, unlocked.Error);
            return unlocked.Share;
        }).ToList();
        var opening = BoxOpening.Open(Ceremony.Record!, shares);
        Assert.True(opening.Success, opening.Error);
        using var opener = opening.Opener;
        var layout = BallotEventLayout.For(Event);
        var ballots = new List<BallotPlaintext>();
        await foreach (var sealedBytes in Database.Votes.ReadSealedAsync(Event.Id))
        {
            var opened = opener.Open(sealedBytes, Event.Id.ToString("D"), layout);
            Assert.True(opened.Success, opened.Error);
            ballots.Add(opened.Ballot);
        }

        shares.ForEach(s => s.Dispose());
        return ballots;
    }

    public ValueTask DisposeAsync() => Omov.DisposeAsync();

    private static EventContest Contest(string code, string title, string method, int seats, string[] names, string guidance) => new()
    {
        Code = code,
        Title = title,
        Method = method,
        Seats = seats,
        RollContest = code,
        Guidance = guidance,
        Candidates = [.. names.Select((name, i) => new EventCandidate(i + 1, name, i == 0 ? $"{name} will stand up for members." : "", []))],
    };
}
