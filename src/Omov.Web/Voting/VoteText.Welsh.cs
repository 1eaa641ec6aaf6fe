namespace Omov.Web.Voting;

internal sealed partial class VoteText
{
    // Drafted by the developers: to be checked by a Welsh speaker (docs/voting.md).
    public static readonly VoteText Welsh = new()
    {
        Lang = "cy",
        Code = "cy",
        Other = ("en", "en-GB", "English"),
        LanguageNav = "Iaith",
        SkipLink = "Neidio i'r prif gynnwys",
        Footer = "Omov — un aelod, un bleidlais. Mae eich pleidlais yn gyfrinachol.",
        ProblemTitle = "Mae problem",

        EnterTitle = "Bwrw eich pleidlais",
        EnterIntro = "Rhowch y cod pleidleisio o'ch e-bost neu lythyr pleidleisio. Gallwch hefyd agor y ddolen yn yr e-bost, neu sganio'r cod QR ar y llythyr.",
        CodeLabel = "Cod pleidleisio",
        CodeHint = "28 o lythrennau a digidau, mewn grwpiau o bedwar. Nid yw bylchau, llinellau toriad na phriflythrennau o bwys.",
        Continue = "Parhau",
        EnterCodeLink = "Rhowch eich cod pleidleisio",

        CodeEmpty = "Rhowch y cod pleidleisio o'ch e-bost neu lythyr pleidleisio.",
        CodeMistyped = "Mae camgymeriad yn y cod pleidleisio hwn: mae nod yn anghywir, neu mae dau nod y ffordd anghywir o gwmpas. Gwiriwch ef yn erbyn eich e-bost neu lythyr pleidleisio.",
        CodeWrongLength = count => S($"Mae gan god pleidleisio 28 o lythrennau a digidau; rydych chi wedi rhoi {count}. Gwiriwch eich bod wedi copïo'r cyfan."),
        CodeInvalidCharacter = position => S($"Nid yw nod {position} yn y cod yn cael ei ddefnyddio mewn codau pleidleisio, sydd â digidau a'r llythrennau A i Z yn unig, ac eithrio U."),
        CodeUnknown = "Nid ydym yn adnabod y cod pleidleisio hwn. Gwiriwch ef yn erbyn eich e-bost neu lythyr pleidleisio diweddaraf.",
        CodeRevoked = "Mae cod mwy newydd wedi cymryd lle'r cod pleidleisio hwn. Defnyddiwch y cod yn eich e-bost neu lythyr diweddaraf.",
        CodeVotedByPost = "Mae eich pleidlais bost wedi dod i law, felly ni ellir defnyddio'r cod hwn mwyach. Ni ellir newid eich pleidlais.",
        CodeWithdrawn = "Mae'r cod pleidleisio hwn wedi'i dynnu'n ôl. Cysylltwch â'r swyddog canlyniadau os ydych chi'n credu bod hyn yn anghywir.",
        AlreadyVotedTitle = "Rydych chi eisoes wedi pleidleisio",
        AlreadyVoted = "Rydych chi eisoes wedi pleidleisio yn y bleidlais hon. Ni ellir newid eich pleidlais.",
        Closed = title => $"Mae'r pleidleisio yn {title} wedi cau. Ni ellir bwrw pleidleisiau mwyach.",
        NotOpenYet = title => $"Nid yw'r pleidleisio yn {title} wedi agor eto.",
        NotReady = title => $"Nid yw'r pleidleisio yn {title} yn barod eto. Rhowch gynnig arall arni yn nes ymlaen.",
        CannotVoteTitle = "Ni allwch bleidleisio gyda'r cod hwn",
        SessionExpired = "Mae eich sesiwn wedi dod i ben, felly ni chafodd dim ei fwrw. Rhowch eich cod pleidleisio eto i bleidleisio.",

        BallotTitle = "Eich papur pleidleisio",
        BallotIntro = n => n == 1 ? "Mae gennych bleidlais yn y gystadleuaeth isod. Mae eich pleidlais yn gyfrinachol." : S($"Mae gennych bleidlais ym mhob un o'r {n} cystadleuaeth isod. Mae eich pleidlais yn gyfrinachol."),
        ClosesAt = when => $"Mae'r pleidleisio'n cau am {when}.",
        RankHowTo = "Rhowch 1 yn y blwch wrth ymyl eich dewis cyntaf, 2 wrth ymyl eich ail ddewis, ac yn y blaen.",
        MarkHowTo = seats => seats == 1 ? "Ticiwch un ymgeisydd." : S($"Ticiwch hyd at {seats} ymgeisydd."),
        RankBoxHint = n => S($"Rhif o 1 i {n}, neu gadewch y blwch yn wag."),
        PreferenceFor = "Eich rhif ar gyfer",
        StatementBy = name => $"Datganiad gan {name}",
        CheckVotes = "Gwirio fy mhleidleisiau",

        RankNotNumber = (contest, name, n) => S($"{contest}: rhaid i'r rhif ar gyfer {name} fod yn rhif cyfan o 1 i {n}."),
        RankDuplicate = (contest, number, names) => S($"{contest}: rydych chi wedi rhoi'r rhif {number} i fwy nag un ymgeisydd ({names}). Defnyddiwch bob rhif unwaith."),
        TooManyMarks = (contest, seats, count) => S($"{contest}: cewch dicio hyd at {seats} ymgeisydd; rydych chi wedi ticio {count}."),
        RankSkipped = (contest, missing) => $"{contest}: mae eich rhifau'n hepgor {missing}. Bydd eich dewisiadau'n cael eu darllen yn y drefn a roesoch, fel y dangosir isod.",
        LeftBlank = contest => $"{contest}: nid ydych chi wedi pleidleisio. Bydd y gystadleuaeth hon yn cael ei gadael yn wag.",

        ReviewTitle = "Gwirio eich pleidleisiau",
        ReviewIntro = "Gwiriwch eich pleidleisiau isod. Pan fyddwch yn bwrw eich pleidlais, caiff ei selio a'i rhoi yn y blwch pleidleisio, ac ni ellir ei newid.",
        ReviewWarningsTitle = "Gwiriwch y canlynol",
        BlankContest = "Dim pleidlais (wedi'i gadael yn wag)",
        ChangeVotes = "Newid fy mhleidleisiau",
        CastVote = "Bwrw fy mhleidlais",
        CastWarning = "Unwaith y byddwch wedi bwrw eich pleidlais, ni ellir ei newid.",

        ReceiptTitle = "Mae eich pleidlais wedi'i bwrw",
        ReceiptThanks = "Diolch. Mae eich pleidlais wedi'i selio a'i rhoi yn y blwch pleidleisio. Ni ellir ei newid.",
        TrackingLabel = "Eich cod olrhain",
        TrackingHelp = "Ysgrifennwch y cod hwn neu cadwch lun sgrin ohono. Nid yw'n dangos sut y gwnaethoch bleidleisio. Gallwch wirio bod eich papur pleidleisio yn y blwch ar yr hysbysfwrdd cyhoeddus.",
        BoardLink = "Gweld yr hysbysfwrdd",

        BoardTitle = title => $"Hysbysfwrdd: {title}",
        BoardIntro = "Mae pob papur pleidleisio wedi'i selio yn y blwch wedi'i restru yma yn ôl ei god olrhain. Nid yw'r codau'n dweud dim am bwy a bleidleisiodd na sut.",
        BoardCount = n => S($"{n} papur pleidleisio yn y blwch."),
        BoardSearchLabel = "Gwirio eich cod olrhain",
        BoardSearchHint = "16 o lythrennau a digidau, o'r dudalen a welsoch ar ôl pleidleisio.",
        BoardSearchButton = "Gwirio",
        BoardFound = code => $"Mae eich papur pleidleisio {code} yn y blwch.",
        BoardNotFound = code => $"Nid oes papur pleidleisio â'r cod olrhain {code} yn y blwch. Gwiriwch eich bod wedi'i deipio'n gywir.",
        BoardInvalid = "Mae gan god olrhain 16 o lythrennau a digidau. Gwiriwch eich bod wedi teipio'r cyfan.",
        BoardListTitle = "Codau olrhain",
        PageOf = (page, pages) => S($"Tudalen {page} o {pages}"),
        NextPage = "Tudalen nesaf",
        PreviousPage = "Tudalen flaenorol",

        TooManyTitle = "Gormod o ymdrechion",
        TooMany = "Mae gormod o godau pleidleisio wedi'u rhoi o'ch cysylltiad rhyngrwyd. Arhoswch funud, yna gwiriwch eich cod a rhowch gynnig arall arni.",

        Months = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"],
    };
}
