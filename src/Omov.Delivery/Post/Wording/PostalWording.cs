using System.Globalization;

namespace Omov.Delivery.Post.Wording;

/// <summary>
/// Every fixed word printed in a pack, in one place per language. Event-specific text (titles,
/// candidates, the close, the return address) comes from <see cref="PostalBallot"/>. The Welsh
/// text has not yet been checked by a Welsh speaker (see docs/postal-packs.md).
/// </summary>
public sealed partial record PostalWording
{
    public required string Greeting { get; init; }

    public required string Intro { get; init; }

    public required string ContestsHeading { get; init; }

    public required string CloseSentence { get; init; }

    public required string OnlineHeading { get; init; }

    public required string OnlineText { get; init; }

    public required string CodeLabel { get; init; }

    public required string CodeSecret { get; init; }

    public required string PostHeading { get; init; }

    public required string PostText { get; init; }

    public required string OneVoteOnly { get; init; }

    public required string HelpHeading { get; init; }

    public required string MembershipNumberLabel { get; init; }

    public required string SenderPrefix { get; init; }

    public required string BallotPaperHeading { get; init; }

    public required string PaperOf { get; init; }

    public required string RankInstruction { get; init; }

    public required string OneInstruction { get; init; }

    public required string UpToInstruction { get; init; }

    public required string NoOtherMarks { get; init; }

    public required string ReturnHeading { get; init; }

    public required IReadOnlyList<string> ReturnSteps { get; init; }

    public required string StatementHeading { get; init; }

    public required string StatementText { get; init; }

    public required string SignatureLabel { get; init; }

    public required string DateLabel { get; init; }

    public required string ReturnAddressLabel { get; init; }

    public required string PageOf { get; init; }

    /// <summary>The wording for <paramref name="language"/>.</summary>
    public static PostalWording For(PostalLanguage language) => language switch
    {
        PostalLanguage.Welsh => Welsh,
        _ => English,
    };

    /// <summary>"Dear Jo Bloggs,"</summary>
    public string GreetingFor(string name) => Format(Greeting, name);

    /// <summary>"The ballot closes at …"</summary>
    public string CloseFor(string closeText) => Format(CloseSentence, closeText);

    /// <summary>"Ballot paper 2 of 3"</summary>
    public string PaperNumber(int paper, int papers) => Format(PaperOf, paper, papers);

    /// <summary>"Page 2 of 5"</summary>
    public string PageNumber(int page, int pages) => Format(PageOf, page, pages);

    /// <summary>The instruction printed at the top of a ballot paper.</summary>
    public string InstructionFor(PostalContest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        return contest.Marking switch
        {
            MarkingRule.Rank => RankInstruction,
            MarkingRule.One => OneInstruction,
            _ => Format(UpToInstruction, contest.MaxMarks),
        };
    }

    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);
}
