using System.Globalization;
using Omov.Counting;
using Omov.Data.Outbox;
using Omov.Delivery.Post;
using Omov.Elections.Credentials;
using Omov.Elections.Events;
using Omov.Elections.Register;

namespace Omov.Delivery.Issuing;

/// <summary>
/// What carries a member's voting code to them: the ballot email (an outbox message rendered from
/// the <c>ballot</c> template when sent) or the postal pack. Issuing and reissuing both build
/// them here, so a replacement looks exactly like the first ballot.
/// </summary>
public static class BallotMessages
{
    /// <summary>The outbox kind of a first ballot email.</summary>
    public const string Kind = "ballot";

    /// <summary>The email template (<c>ballot.en.md</c>, <c>ballot.cy.md</c>).</summary>
    public const string Template = "ballot";

    /// <summary>
    /// The idempotency key of a member's ballot email: one per event, member and code generation
    /// (1 for the code issued first, 2 for the first reissue…), so repeating an issue never queues
    /// a second email for the same code, while a reissue queues a new one.
    /// </summary>
    public static string IdempotencyKey(Guid eventId, string membershipNumber, int generation = 1, string kind = Kind)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(membershipNumber);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(generation);
        return string.Create(CultureInfo.InvariantCulture, $"{kind}:{eventId:D}:{membershipNumber}:{generation}");
    }

    /// <summary>The outbox batch of an event's ballot emails (first issue and reissues), for its figures.</summary>
    public static string BatchId(Guid eventId) => string.Create(CultureInfo.InvariantCulture, $"ballot:{eventId:D}");

    /// <summary>
    /// The ballot email for <paramref name="member"/>: names <paramref name="contests"/> (their ballot,
    /// from <see cref="BallotEvent.BallotFor"/>), the close, the link with the code, and the code.
    /// </summary>
    /// <param name="ballotEvent">The event.</param>
    /// <param name="member">The member; must have an email address.</param>
    /// <param name="code">The member's current voting code.</param>
    /// <param name="contests">The contests on their ballot, in ballot order.</param>
    /// <param name="votingPage">The voting page's absolute address (the link is <see cref="VotingLink.For"/>).</param>
    /// <param name="helpContact">How to get help, e.g. "the ballot helpline on 0345 092 2299 or ballot@example.org".</param>
    /// <param name="generation">1 for the first code, 2 for the first reissue, and so on.</param>
    /// <param name="kind">The outbox kind: <see cref="Kind"/>, or e.g. "reissue" for a replacement.</param>
    /// <param name="language">The template language (<c>en</c>, <c>cy</c>).</param>
    public static OutboxMessage Email(
        BallotEvent ballotEvent,
        Member member,
        VotingCode code,
        IReadOnlyList<EventContest> contests,
        Uri votingPage,
        string helpContact = DefaultHelp,
        int generation = 1,
        string kind = Kind,
        string language = "en")
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(contests);
        if (string.IsNullOrWhiteSpace(member.Email))
        {
            throw new ArgumentException($"member {member.MembershipNumber} has no email address; their ballot goes by post", nameof(member));
        }

        var welsh = language == "cy";
        return new OutboxMessage
        {
            IdempotencyKey = IdempotencyKey(ballotEvent.Id, member.MembershipNumber, generation, kind),
            Kind = kind,
            BatchId = BatchId(ballotEvent.Id),
            MemberNumber = member.MembershipNumber,
            Recipient = member.Email,
            Language = language,
            Template = Template,
            MergeValues = new Dictionary<string, MergeValue>(StringComparer.Ordinal)
            {
                ["event_name"] = ballotEvent.Title,
                ["first_name"] = member.FirstName,
                ["contests"] = MergeValue.List(contests.Select(c => c.Title)),
                ["close_time"] = CloseTimes.Text(ballotEvent, welsh),
                ["voting_link"] = VotingLink.For(votingPage, code).AbsoluteUri,
                ["voting_code"] = code.ToDisplayText(),
                ["help_contact"] = helpContact,
            },
        };
    }

    /// <summary>
    /// What every pack of <paramref name="ballotEvent"/> in one language shares: every contest as a
    /// ballot paper, the close and the return arrangements. Build it once per run and pass it to
    /// <see cref="PostalPack"/>.
    /// </summary>
    public static PostalBallot PostalBallot(BallotEvent ballotEvent, IReadOnlyList<string> returnAddressLines, string? helpText = DefaultHelp, PostalLanguage language = PostalLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(returnAddressLines);
        return new PostalBallot
        {
            EventTitle = ballotEvent.Title,
            CloseText = CloseTimes.Text(ballotEvent, language == PostalLanguage.Welsh),
            Contests = [.. ballotEvent.Contests.Select(PaperFor)],
            ReturnAddressLines = returnAddressLines,
            HelpText = helpText,
        };
    }

    /// <summary>
    /// The postal pack for <paramref name="member"/>: their address, the code and its link, and a
    /// paper for each of <paramref name="contests"/> (their ballot). <paramref name="ballot"/> is
    /// <see cref="PostalBallot"/> of the same event.
    /// </summary>
    public static PostalPack PostalPack(BallotEvent ballotEvent, Member member, VotingCode code, IReadOnlyList<EventContest> contests, Uri votingPage, PostalBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(contests);
        ArgumentNullException.ThrowIfNull(ballot);
        var address = member.Address
            ?? throw new ArgumentException($"member {member.MembershipNumber} has no postal address", nameof(member));
        var indexes = new List<int>(contests.Count);
        foreach (var contest in contests)
        {
            var index = IndexOf(ballotEvent.Contests, contest.Code);
            if (index < 0)
            {
                throw new ArgumentException($"contest {contest.Code} is not in event {ballotEvent.Code}", nameof(contests));
            }

            indexes.Add(index);
        }

        return new PostalPack
        {
            MembershipNumber = member.MembershipNumber,
            AddresseeName = (member.FirstName + " " + member.LastName).Trim(),
            AddressLines = [.. new[] { address.Line1, address.Line2, address.Line3, address.Town }.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l!)],
            Postcode = address.Postcode,
            VotingCode = code.ToDisplayText(),
            VotingUrl = VotingLink.For(votingPage, code).AbsoluteUri,
            Ballot = ballot,
            ContestIndexes = indexes.Count == ballotEvent.Contests.Count ? null : indexes,
        };
    }

    /// <summary>Help wording used when the organisation has not set its own.</summary>
    public const string DefaultHelp = "the returning officer's ballot helpline";

    /// <summary>One contest as a ballot paper: how it is marked, its candidates and its group limits.</summary>
    public static PostalContest PaperFor(EventContest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        var marking = contest.IsRanked ? MarkingRule.Rank : contest.Seats == 1 ? MarkingRule.One : MarkingRule.UpTo;
        var showGroups = contest.Limits.Count > 0;
        return new PostalContest(
            contest.Title,
            marking,
            [.. contest.Candidates.Select(c => new PostalCandidate(c.Name, null, showGroups && c.Groups.Count > 0 ? string.Join(", ", c.Groups) : null))])
        {
            MaxMarks = contest.MaxMarks,
            Note = contest.Limits.Count == 0 ? null : string.Join("; ", contest.Limits.Select(LimitNote)),
        };
    }

    private static string LimitNote(GroupLimit limit) => limit.Kind == GroupLimitKind.Minimum
        ? string.Create(CultureInfo.InvariantCulture, $"At least {limit.Count} of those elected will be {limit.Group}")
        : string.Create(CultureInfo.InvariantCulture, $"At most {limit.Count} of those elected may be {limit.Group}");

    private static int IndexOf(IReadOnlyList<EventContest> contests, string code)
    {
        for (var i = 0; i < contests.Count; i++)
        {
            if (string.Equals(contests[i].Code, code, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
