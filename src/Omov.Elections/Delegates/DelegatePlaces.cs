namespace Omov.Elections.Delegates;

/// <summary>
/// The places a delegate election fills and the groups it must elect: at least
/// <see cref="Women"/> women and at least <see cref="Young"/> young members, with at least
/// <see cref="Women"/> + <see cref="Young"/> who are one or the other (so a young woman cannot fill
/// both the youth place and a woman's place at once).
/// </summary>
/// <param name="Seats">Delegates to elect.</param>
/// <param name="Women">Women needed: the gender rule on the ordinary places plus the women's extra places.</param>
/// <param name="Young">Young members needed: the youth places.</param>
/// <param name="WomenExtra">Of <see cref="Seats"/>, the women's extra places.</param>
/// <param name="YouthExtra">Of <see cref="Seats"/>, the youth extra places (equal to <see cref="Young"/>).</param>
/// <param name="Text">Why, in plain English.</param>
public sealed record DelegatePlaces(int Seats, int Women, int Young, int WomenExtra, int YouthExtra, string Text)
{
    /// <summary>
    /// The places for electing <paramref name="seats"/> of <paramref name="entitlement"/>'s delegates
    /// (a local party need not send its full entitlement, labour-rules.md §7.4): ordinary places are
    /// filled first, then the women's extra, then the youth extra; the gender rule applies to the
    /// ordinary places sent. Null when <paramref name="seats"/> is more than the entitlement or below 1.
    /// </summary>
    public static DelegatePlaces? For(DelegateRules rules, DelegateEntitlement entitlement, int seats)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(entitlement);
        if (seats < 1 || seats > entitlement.Total)
        {
            return null;
        }

        int ordinary = Math.Min(seats, entitlement.Ordinary);
        int womenExtra = Math.Min(entitlement.WomenExtra, seats - ordinary);
        int youthExtra = Math.Min(entitlement.YouthExtra, seats - ordinary - womenExtra);
        var (ordinaryWomen, _) = EntitlementCalculator.Gender(rules.Gender, ordinary, entitlement.LastSole);
        int women = ordinaryWomen + womenExtra;
        string text = $"{seats} of {entitlement.Total} delegate(s): {ordinary} ordinary (at least {ordinaryWomen} women)"
            + (womenExtra > 0 ? $", {womenExtra} women's place" : string.Empty)
            + (youthExtra > 0 ? $", {youthExtra} youth place" : string.Empty);
        return new DelegatePlaces(seats, women, youthExtra, womenExtra, youthExtra, text);
    }

    /// <summary>
    /// Whether <paramref name="elected"/> can fill these places: enough women, enough young members,
    /// and enough who are either to fill both kinds of place with different people (Hall's condition
    /// for two kinds of reserved place).
    /// </summary>
    public bool AreMetBy(IReadOnlyCollection<DelegateCandidate> elected)
    {
        ArgumentNullException.ThrowIfNull(elected);
        return elected.Count(c => c.IsWoman) >= Women
            && elected.Count(c => c.IsYoung) >= Young
            && elected.Count(c => c.IsWoman || c.IsYoung) >= Women + Young;
    }
}
