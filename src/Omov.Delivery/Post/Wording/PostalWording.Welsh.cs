namespace Omov.Delivery.Post.Wording;

public sealed partial record PostalWording
{
    /// <summary>Welsh (Cymraeg). Not yet checked by a Welsh speaker; where unsure, the English is kept.</summary>
    public static readonly PostalWording Welsh = new()
    {
        Greeting = "Annwyl {0},",
        Intro = "Gallwch bleidleisio yn y bleidlais a enwir uchod. Mae'r pecyn hwn yn cynnwys eich cod pleidleisio, papur pleidleisio ar gyfer pob cystadleuaeth y gallwch bleidleisio ynddi, a datganiad dychwelyd.",
        ContestsHeading = "Gallwch bleidleisio dros:",
        CloseSentence = "Mae'r bleidlais yn cau am {0}. Rhaid i bleidleisiau post gyrraedd erbyn hynny.",
        OnlineHeading = "Pleidleisio ar-lein",
        OnlineText = "Sganiwch y cod QR gyda'ch ffôn, neu teipiwch y ddolen mewn porwr gwe, yna rhowch eich cod pleidleisio.",
        CodeLabel = "Eich cod pleidleisio",
        CodeSecret = "Cadwch y cod hwn yn gyfrinachol: gall unrhyw un sydd ag ef fwrw eich pleidlais.",
        PostHeading = "Pleidleisio drwy'r post",
        PostText = "Marciwch bob papur pleidleisio fel y mae'r cyfarwyddiadau arno'n ei ddweud, yna dilynwch y cyfarwyddiadau dychwelyd ar y dudalen olaf.",
        OneVoteOnly = "Pleidleisiwch unwaith, ar-lein neu drwy'r post. Y bleidlais gyntaf i gyrraedd sy'n cyfrif; caiff y llall ei gwrthod.",
        HelpHeading = "Cymorth",
        MembershipNumberLabel = "Rhif aelodaeth",
        SenderPrefix = "Os na ellir ei danfon, dychwelwch at:",
        BallotPaperHeading = "Papur pleidleisio",
        PaperOf = "Papur pleidleisio {0} o {1}",
        RankInstruction = "Rhifwch yr ymgeiswyr yn nhrefn eich dewis: 1, 2, 3… Rhowch 1 wrth eich dewis cyntaf, 2 wrth eich ail ddewis, ac ati. Rhifwch gynifer neu gyn lleied ag y dymunwch.",
        OneInstruction = "Pleidleisiwch dros UN ymgeisydd yn unig. Rhowch groes (X) yn y blwch wrth eich dewis.",
        UpToInstruction = "Pleidleisiwch dros hyd at {0} ymgeisydd. Rhowch groes (X) yn y blwch wrth bob un o'ch dewisiadau.",
        NoOtherMarks = "Peidiwch ag ysgrifennu eich enw nac unrhyw farc arall ar y papur hwn.",
        ReturnHeading = "Dychwelyd eich pleidlais",
        ReturnSteps =
        [
            "Marciwch eich papurau pleidleisio.",
            "Rhowch nhw yn yr amlen sydd wedi'i marcio \"Papurau pleidleisio\" a'i selio.",
            "Llofnodwch a dyddiwch y datganiad dychwelyd isod.",
            "Rhowch yr amlen wedi'i selio a'r datganiad hwn yn yr amlen ddychwelyd a'i phostio. Nid oes angen stamp.",
        ],
        StatementHeading = "Datganiad dychwelyd",
        StatementText = "Fi yw'r aelod a enwir yma ac nid wyf wedi pleidleisio ar-lein yn y bleidlais hon.",
        SignatureLabel = "Llofnod",
        DateLabel = "Dyddiad",
        ReturnAddressLabel = "Cyfeiriad dychwelyd",
        PageOf = "Tudalen {0} o {1}",
    };
}
