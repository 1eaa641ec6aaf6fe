namespace Omov.Delivery.Post.Samples;

/// <summary>
/// A made-up ballot event shaped like a Labour leadership ballot (Leader and Deputy by AV, an NEC
/// section by STV, a youth rep by FPTP, a committee by block vote), in English and Welsh, for
/// samples, tests and benchmarks. No real person is meant by any candidate name.
/// </summary>
public static class SampleBallots
{
    private static readonly string[] s_given = ["Alex", "Bethan", "Chidi", "Dafydd", "Eleri", "Farah", "Gwen", "Hamid", "Iona", "Jomo", "Kezia", "Llinos", "Marek", "Nia", "Osian", "Priya", "Rhodri", "Sadia", "Tomos", "Una"];
    private static readonly string[] s_family = ["Abbott-Price", "Bryn", "Cadwaladr", "Doherty", "Eze", "Fairclough", "Gruffydd", "Hussein", "Ivanova", "Jenkins", "Kaur", "Lloyd", "Mbeki", "Nwosu", "O'Hara", "Pugh", "Quayle", "Rahman", "Sørensen", "Tudor"];

    /// <summary>The English ballot.</summary>
    public static PostalBallot English { get; } = Make(welsh: false);

    /// <summary>The Welsh ballot (the same contests and candidates, Welsh titles).</summary>
    public static PostalBallot Welsh { get; } = Make(welsh: true);

    private static PostalBallot Make(bool welsh)
    {
        var women = welsh ? "Menyw" : "Woman";
        var clp = welsh ? "Enwebwyd gan {0} CLP" : "Nominated by {0} CLP";
        return new PostalBallot
        {
            EventTitle = welsh ? "Etholiadau Arweinydd a Dirprwy Arweinydd 2026 (sampl)" : "Leadership and Deputy Leadership Elections 2026 (sample)",
            CloseText = welsh ? "hanner dydd ddydd Iau 2 Ebrill 2026" : "12 noon on Thursday 2 April 2026",
            SenderLine = "Omov Ballots, PO Box 1234, London SE1 7AA",
            HelpText = welsh
                ? "Ffoniwch 0300 000 0000 (9am–5pm, Llun–Gwener) neu e-bostiwch help@vote.example.org. Gallwch ofyn am god newydd tan y dyddiad cau."
                : "Call 0300 000 0000 (9am–5pm, Monday–Friday) or email help@vote.example.org. You can ask for a new code until the close.",
            ReturnAddressLines = ["Freepost OMOV BALLOT", "Independent Scrutineer", "PO Box 5678", "LONDON", "SE1 9ZZ"],
            Contests =
            [
                new PostalContest(welsh ? "Arweinydd y Blaid" : "Leader of the Party", MarkingRule.Rank, Candidates(0, 4, clp, women)),
                new PostalContest(welsh ? "Dirprwy Arweinydd y Blaid" : "Deputy Leader of the Party", MarkingRule.Rank, Candidates(4, 5, clp, women)),
                new PostalContest(welsh ? "Pwyllgor Gwaith Cenedlaethol: adran CLP (9 sedd)" : "National Executive Committee: CLP section (9 seats)", MarkingRule.Rank, Candidates(9, 16, clp, women))
                {
                    Note = welsh ? "Bydd o leiaf 4 o'r rhai a etholir yn fenywod." : "At least 4 of those elected will be women.",
                },
                new PostalContest(welsh ? "Pwyllgor Gwaith Cenedlaethol: cynrychiolydd ieuenctid" : "National Executive Committee: youth representative", MarkingRule.One, Candidates(25, 3, clp, women)),
                new PostalContest(welsh ? "Pwyllgor Trefniadau'r Gynhadledd (2 sedd)" : "Conference Arrangements Committee (2 seats)", MarkingRule.UpTo, Candidates(28, 5, clp, women)) { MaxMarks = 2 },
            ],
        };
    }

    private static List<PostalCandidate> Candidates(int start, int count, string clp, string women)
    {
        var list = new List<PostalCandidate>(count);
        for (var i = start; i < start + count; i++)
        {
            var given = s_given[(i * 7) % s_given.Length];
            var family = s_family[(i * 11) % s_family.Length];
            var place = s_family[(i * 3) % s_family.Length].Split('-')[0] + "ton";
            list.Add(new PostalCandidate($"{family.ToUpperInvariant()}, {given}", string.Format(System.Globalization.CultureInfo.InvariantCulture, clp, place), i % 2 == 1 ? women : null));
        }

        return list;
    }
}
