using System.Security.Cryptography;
using Omov.Data;
using Omov.Data.Voting;
using Omov.Delivery.Reissue;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Register;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Delivery.Tests.Reissue;

/// <summary>
/// An open Leadership 2020 event with four members: an email voter (L0000001), an email voter who
/// has voted (L0000002), a postal voter (L0000003) and a member with no ballot (L0000004).
/// </summary>
internal sealed class ReissueScene
{
    public const string EmailVoter = "L0000001";
    public const string Voted = "L0000002";
    public const string PostVoter = "L0000003";
    public const string NotAVoter = "L0000004";

    /// <summary>Tue 10 Mar 2020 12:00 UTC: every reissue window open.</summary>
    public static readonly DateTimeOffset Midway = new(2020, 3, 10, 12, 0, 0, TimeSpan.Zero);

    public static readonly ReissueSettings Settings = new()
    {
        VotingPage = new Uri("https://vote.example.org/vote"),
        ReissuePage = new Uri("https://vote.example.org/Reissue"),
        HelpContact = "ballot-help@example.org",
    };

    private ReissueScene(BallotEvent ballotEvent, IReadOnlyDictionary<string, VotingCode> codes)
    {
        Event = ballotEvent;
        FirstCodes = codes;
    }

    public BallotEvent Event { get; }

    public IReadOnlyDictionary<string, VotingCode> FirstCodes { get; }

    public static Member Person(string number, string firstName, string? email, string postcode = "M15 5AB") => new()
    {
        MembershipNumber = number,
        FirstName = firstName,
        LastName = "Jones",
        Email = email,
        Address = new PostalAddress("14 Mill Lane", null, null, "Manchester", postcode),
        DateOfBirth = new DateOnly(1990, 2, 28),
        JoinedAt = new DateTimeOffset(2015, 8, 14, 0, 0, 0, TimeSpan.Zero),
        ContinuousSince = new DateOnly(2015, 8, 14),
        Status = MemberStatus.Full,
        LocalPartyCode = "CLP-001",
    };

    public static async Task<ReissueScene> CreateAsync(OmovDatabase db, int extraEmailVoters = 0, bool shiftToNow = false)
    {
        var ballotEvent = EventPresets.Leadership2020() with { Id = Guid.NewGuid(), Code = "lead-2020", Status = BallotEventStatus.Open };
        if (shiftToNow)
        {
            // The same timetable moved so that now (the database's clock) is where Midway is.
            var shift = db.Time.GetUtcNow() - Midway;
            var t = ballotEvent.Timetable;
            ballotEvent = ballotEvent with
            {
                Timetable = t with
                {
                    RollFreeze = t.RollFreeze + shift, BallotOpens = t.BallotOpens + shift, ReissueOpens = t.ReissueOpens + shift,
                    PostalReissueCloses = t.PostalReissueCloses + shift, EmailReissueCloses = t.EmailReissueCloses + shift, Close = t.Close + shift,
                },
            };
        }

        Assert.True(await db.BallotEvents.AddAsync(ballotEvent));
        var members = new List<Member>
        {
            Person(EmailVoter, "Ann", "ann@example.org"),
            Person(Voted, "Bea", "bea@example.org"),
            Person(PostVoter, "Cal", null, "CF10 1AA"),
            Person(NotAVoter, "Dee", "dee@example.org"),
        };
        for (var i = 0; i < extraEmailVoters; i++)
        {
            members.Add(Person(FormattableString.Invariant($"L1{i:D6}"), "Eve", FormattableString.Invariant($"eve{i}@example.org")));
        }

        foreach (var member in members)
        {
            await db.Members.UpsertAsync(member);
        }

        var codes = new Dictionary<string, VotingCode>(StringComparer.Ordinal);
        var voters = new List<NewVoter>();
        foreach (var member in members.Where(m => m.MembershipNumber != NotAVoter))
        {
            var code = VotingCode.Generate();
            codes[member.MembershipNumber] = code;
            voters.Add(new NewVoter(member.MembershipNumber, ["leader", "deputy"], member.Email is null ? DeliveryChannel.Post : DeliveryChannel.Email, Hash(ballotEvent, code)));
        }

        await db.Votes.AddVotersAsync(ballotEvent.Id, voters, ballotEvent.Timetable.BallotOpens);
        var scene = new ReissueScene(ballotEvent, codes);
        await scene.VoteAsync(db, Voted);
        return scene;
    }

    public static byte[] Hash(BallotEvent ballotEvent, VotingCode code) => VotingCodeHash.Compute(ballotEvent.Id.ToString("D"), code);

    /// <summary>Records a postal vote for <paramref name="number"/> (the quickest way to mark a member as having voted).</summary>
    public async Task VoteAsync(OmovDatabase db, string number)
    {
        using var key = ECDiffieHellman.Create(ECCurve.NamedCurves.nistP256);
        var q = key.ExportParameters(includePrivateParameters: false).Q;
        var publicKey = ElectionPublicKey.FromBytes([0x04, .. q.X!, .. q.Y!])!;
        var ballot = BallotSealer.Seal(publicKey, new byte[64], BallotContext.ForEvent(Event.Id.ToString("D")));
        Assert.Equal(CastOutcome.Cast, await db.Votes.CastPostalAsync(Event.Id, number, ballot, db.Time.GetUtcNow()));
    }

    public async Task<CredentialStatus?> FirstCodeStatusAsync(OmovDatabase db, string number) =>
        (await db.Votes.FindCredentialAsync(Hash(Event, FirstCodes[number])))?.Status;
}
