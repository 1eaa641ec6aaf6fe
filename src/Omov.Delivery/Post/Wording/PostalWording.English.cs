namespace Omov.Delivery.Post.Wording;

public sealed partial record PostalWording
{
    /// <summary>English, the default and the fallback.</summary>
    public static readonly PostalWording English = new()
    {
        Greeting = "Dear {0},",
        Intro = "You can vote in the ballot named above. This pack holds your voting code, a ballot paper for each contest you can vote in, and a return statement.",
        ContestsHeading = "You can vote for:",
        CloseSentence = "The ballot closes at {0}. Postal votes must arrive by then.",
        OnlineHeading = "Vote online",
        OnlineText = "Scan the QR code with your phone, or type the link into a web browser, then enter your voting code.",
        CodeLabel = "Your voting code",
        CodeSecret = "Keep this code secret: anyone who has it can cast your vote.",
        PostHeading = "Vote by post",
        PostText = "Mark each ballot paper as its instructions say, then follow the return instructions on the last page.",
        OneVoteOnly = "Vote once, online or by post. Whichever vote arrives first is counted; the other is refused.",
        HelpHeading = "Help",
        MembershipNumberLabel = "Membership number",
        SenderPrefix = "If undelivered, please return to:",
        BallotPaperHeading = "Ballot paper",
        PaperOf = "Ballot paper {0} of {1}",
        RankInstruction = "Number the candidates in order of preference: 1, 2, 3… Write 1 beside your first choice, 2 beside your second, and so on. Number as many or as few as you wish.",
        OneInstruction = "Vote for ONE candidate only. Put a cross (X) in the box beside your choice.",
        UpToInstruction = "Vote for up to {0} candidates. Put a cross (X) in the box beside each of your choices.",
        NoOtherMarks = "Do not write your name or any other mark on this paper.",
        ReturnHeading = "Returning your vote",
        ReturnSteps =
        [
            "Mark your ballot papers.",
            "Put them in the envelope marked \"Ballot papers\" and seal it.",
            "Sign and date the return statement below.",
            "Put the sealed envelope and this statement in the return envelope and post it. No stamp is needed.",
        ],
        StatementHeading = "Return statement",
        StatementText = "I am the member named here and I have not voted online in this ballot.",
        SignatureLabel = "Signature",
        DateLabel = "Date",
        ReturnAddressLabel = "Return address",
        PageOf = "Page {0} of {1}",
    };
}
