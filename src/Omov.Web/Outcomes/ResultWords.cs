using System.Globalization;

namespace Omov.Web.Outcomes;

/// <summary>The headings of the results pages, in English or Welsh.</summary>
internal sealed record ResultWords
{
    public static readonly ResultWords English = new();

    public static readonly ResultWords Welsh = new()
    {
        Language = "cy",
        ResultsHeading = "Canlyniadau",
        Elected = "Wedi'u hethol",
        Method = "Dull cyfrif",
        Seat = "sedd",
        Seats = "sedd",
        ValidBallots = "Papurau pleidleisio dilys",
        InvalidBallots = "Papurau pleidleisio annilys",
        Quota = "Cwota",
        ChartCaptionText = "Pleidleisiau pob ymgeisydd ar ddiwedd y cyfrif. Mae'r tabl isod yn dangos pob cam.",
        StagesCaption = "Y cyfrif fesul cam",
        Candidate = "Ymgeisydd",
        Stage = "Cam",
        ElectedMark = "(etholwyd)",
        NonTransferable = "Na ellir eu trosglwyddo",
        WhatHappened = "Beth ddigwyddodd ym mhob cam",
        ElectedAt = "Etholwyd",
        ExcludedAt = "Eithriwyd",
        Ties = "Pleidleisiau cyfartal",
        Seed = "Hedyn y coelbren (i ailgyfrif yn union yr un fath):",
        Turnout = "Nifer a bleidleisiodd",
        Electorate = "Etholwyr",
        BallotsCast = "Papurau pleidleisio a fwriwyd",
        Blank = "Gwag",
        Spoilt = "Wedi'u difetha",
        Downloads = "Lawrlwytho",
        DeclaredAt = "Cyhoeddwyd",
        ChartTitleFormat = "Pleidleisiau ar gam {0}",
    };

    public string Language { get; init; } = "en-GB";

    public string ResultsHeading { get; init; } = "Results";

    public string Elected { get; init; } = "Elected";

    public string Method { get; init; } = "Counted by";

    public string Seat { get; init; } = "seat";

    public string Seats { get; init; } = "seats";

    public string ValidBallots { get; init; } = "Valid ballots";

    public string InvalidBallots { get; init; } = "Invalid ballots";

    public string Quota { get; init; } = "Quota";

    public string ChartCaptionText { get; init; } = "Each candidate's votes at the end of the count. The table below shows every stage.";

    public string StagesCaption { get; init; } = "The count, stage by stage";

    public string Candidate { get; init; } = "Candidate";

    public string Stage { get; init; } = "Stage";

    public string ElectedMark { get; init; } = "(elected)";

    public string NonTransferable { get; init; } = "Non-transferable";

    public string WhatHappened { get; init; } = "What happened at each stage";

    public string ElectedAt { get; init; } = "Elected";

    public string ExcludedAt { get; init; } = "Excluded";

    public string Ties { get; init; } = "Ties";

    public string Seed { get; init; } = "Lot seed (to recount identically):";

    public string Turnout { get; init; } = "Turnout";

    public string Electorate { get; init; } = "Electorate";

    public string BallotsCast { get; init; } = "Ballots cast";

    public string Blank { get; init; } = "Blank";

    public string Spoilt { get; init; } = "Spoilt";

    public string Downloads { get; init; } = "Downloads";

    public string DeclaredAt { get; init; } = "Declared";

    public string ChartTitleFormat { get; init; } = "Votes at stage {0}";

    public string ChartCaption => ChartCaptionText;

    public static ResultWords For(bool welsh) => welsh ? Welsh : English;

    public string ChartTitle(int stage) => string.Format(CultureInfo.InvariantCulture, ChartTitleFormat, stage);
}
