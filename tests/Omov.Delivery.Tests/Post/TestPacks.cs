using Omov.Delivery.Post;
using Omov.Delivery.Post.Samples;

namespace Omov.Delivery.Tests.Post;

/// <summary>Packs for tests: a plain one, and the odd ones real registers hold.</summary>
internal static class TestPacks
{
    public const string Url = "https://vote.example.org/v/K7QM3XPT9ABCDEFGHJKMNPQRST";

    public static PostalPack Plain(string member = "L0000001", string postcode = "SW1A 1AA") => new()
    {
        MembershipNumber = member,
        AddresseeName = "Jo Bloggs",
        AddressLines = ["12 High Street", "Upton", "LONDON"],
        Postcode = postcode,
        VotingCode = "K7QM-3XPT-9ABC-DEFG-HJKM-NPQR-ST",
        VotingUrl = Url,
        Ballot = SampleBallots.English,
    };

    /// <summary>200-character names and address lines, Welsh diacritics, a candidate with a 200-character name.</summary>
    public static PostalPack Odd()
    {
        var longName = "Ffion Ŵyn ap Gruffydd " + new string('ŷ', 40) + " " + string.Concat(Enumerable.Repeat("Llanfairpwllgwyngyll-", 7));
        var ballot = SampleBallots.Welsh with
        {
            Contests =
            [
                new PostalContest("Pwyllgor " + new string('ŵ', 190), MarkingRule.Rank, [new PostalCandidate(longName[..200], longName[..200], "Menyw"), new PostalCandidate("Ŷ")]),
                new PostalContest("Short", MarkingRule.UpTo, Enumerable.Range(1, 45).Select(i => new PostalCandidate("Candidate " + i)).ToList()) { MaxMarks = 3 },
            ],
            SenderLine = new string('x', 200),
            HelpText = new string('h', 600),
            ExtraReturnInstructions = string.Join(' ', Enumerable.Repeat("Please also do this.", 40)),
        };
        return new PostalPack
        {
            MembershipNumber = "W0000002",
            AddresseeName = longName[..200],
            AddressLines = [new string('A', 200), string.Join(' ', Enumerable.Repeat("Heol y Frenhines", 12)), "Line three", "Line four", "CAERDYDD"],
            Postcode = "CF10 1AA",
            Language = PostalLanguage.Welsh,
            VotingCode = "K7QM-3XPT-9ABC-DEFG-HJKM-NPQR-ST",
            VotingUrl = Url,
            Ballot = ballot,
        };
    }

    /// <summary>No sender line, no help, no extra instructions, no descriptions or groups.</summary>
    public static PostalPack Bare() => Plain() with
    {
        Ballot = new PostalBallot
        {
            EventTitle = "E",
            CloseText = "noon",
            ReturnAddressLines = ["PO Box 1"],
            Contests = [new PostalContest("C", MarkingRule.One, [new PostalCandidate("A"), new PostalCandidate("B")])],
        },
        AddressLines = ["1 A St"],
    };
}
