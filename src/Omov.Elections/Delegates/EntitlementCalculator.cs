using System.Globalization;

namespace Omov.Elections.Delegates;

/// <summary>Works out a local party's delegates from its counts and the <see cref="DelegateRules"/>, explaining each step.</summary>
public static class EntitlementCalculator
{
    /// <summary>The entitlement of <paramref name="party"/>; <paramref name="lastSole"/> feeds the single-delegate gender rule.</summary>
    public static DelegateEntitlement Calculate(DelegateRules rules, LocalPartyCount party, LastYearSole lastSole = LastYearSole.Unknown)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(party);
        ArgumentOutOfRangeException.ThrowIfNegative(party.Members);
        var lines = new List<EntitlementLine>();
        var bands = rules.Bands;

        // Rule C3.I.1.B: the first band "or part thereof", then each further band (part counted by the rounding).
        int first = party.Members > 0 ? bands.FirstBandDelegates : 0;
        long over = Math.Max(0, party.Members - bands.FirstBand);
        long further = bands.Rounding == BandRounding.Up ? (over + bands.BandSize - 1) / bands.BandSize : over / bands.BandSize;
        int extra = (int)Math.Min(further, 100_000);
        lines.Add(new EntitlementLine("base", first + extra, BaseText(party.Members, bands, first, over, extra)));

        int ordinary = first + extra;
        bool capped = bands.Cap is { } cap && ordinary > cap;
        if (bands.Cap is { } limit)
        {
            lines.Add(new EntitlementLine("cap", Math.Min(ordinary, limit), capped
                ? $"cap of {limit}: {ordinary} reduced to {limit}"
                : $"within the cap of {limit}"));
            ordinary = Math.Min(ordinary, limit);
        }

        int women = 0;
        if (rules.Women is { } w)
        {
            women = party.Women >= w.MinimumMembers ? w.Delegates : 0;
            lines.Add(new EntitlementLine("women", women, women > 0
                ? $"{N(party.Women)} women members (at least {N(w.MinimumMembers)}): {Delegates(women)} extra, a woman"
                : $"{N(party.Women)} women members (fewer than {N(w.MinimumMembers)}): no extra women's delegate"));
        }

        int youth = 0;
        if (rules.Youth is { } y)
        {
            youth = party.Young >= y.MinimumMembers ? y.Delegates : 0;
            lines.Add(new EntitlementLine("youth", youth, youth > 0
                ? $"{N(party.Young)} members under {y.AgeUnder} (at least {N(y.MinimumMembers)}): {Delegates(youth)} extra, under {y.AgeUnder}"
                : $"{N(party.Young)} members under {y.AgeUnder} (fewer than {N(y.MinimumMembers)}): no extra youth delegate"));
        }

        var (ordinaryWomen, genderText) = Gender(rules.Gender, ordinary, lastSole);
        lines.Add(new EntitlementLine("gender", ordinaryWomen + women, genderText));
        int total = ordinary + women + youth;
        lines.Add(new EntitlementLine("total", total, $"total {Delegates(total)}, at least {ordinaryWomen + women} of them women"));
        return new DelegateEntitlement(party, first, extra, capped, ordinary, women, youth, ordinaryWomen, lastSole, lines);
    }

    private static string BaseText(long members, DelegateBands bands, int first, long over, int extra)
    {
        string partWords = bands.Rounding == BandRounding.Up ? " or part" : string.Empty;
        if (members == 0)
        {
            return "no members counted: no delegates";
        }

        string head = $"{N(members)} member{(members == 1 ? string.Empty : "s")}: {first} for the first {N(bands.FirstBand)}";
        if (over == 0)
        {
            return $"{head} or part = {first}";
        }

        if (extra == 0)
        {
            return $"{head}, and {N(over)} more is less than a whole {N(bands.BandSize)} = {first}";
        }

        string rest = extra == 1 && (over == bands.BandSize || bands.Rounding == BandRounding.Up && over < bands.BandSize)
            ? $"1 for the next {N(bands.BandSize)}{partWords}"
            : $"{extra} for the next {N(over)} ({extra} × {N(bands.BandSize)}{partWords})";
        return $"{head} and {rest} = {first + extra}";
    }

    internal static (int Women, string Text) Gender(GenderBalance gender, int ordinary, LastYearSole lastSole)
    {
        if (ordinary == 0)
        {
            return (0, "no ordinary delegates: no gender rule");
        }

        if (ordinary == 1 && gender.SingleDelegateAlternates)
        {
            return lastSole switch
            {
                LastYearSole.Man => (1, "one ordinary delegate: last year's was a man, so this year's must be a woman"),
                LastYearSole.Woman => (0, "one ordinary delegate: last year's was a woman, so this year's may be a man or a woman"),
                _ when gender.UnknownLastYearNeedsWoman => (1, "one ordinary delegate: no record of last year's, so this year's must be a woman"),
                _ => (0, "one ordinary delegate: no record of last year's, so this year's may be a man or a woman"),
            };
        }

        int women = gender.OddRounding == BandRounding.Up
            ? (ordinary + gender.WomenEvery - 1) / gender.WomenEvery
            : ordinary / gender.WomenEvery;
        string every = gender.WomenEvery == 2 ? "every second delegate" : $"one in every {gender.WomenEvery} delegates";
        return (women, $"of {Delegates(ordinary)} ordinary, at least {women} {(women == 1 ? "woman" : "women")} ({every} a woman)");
    }

    private static string Delegates(int n) => n == 1 ? "1 delegate" : $"{n} delegates";

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
