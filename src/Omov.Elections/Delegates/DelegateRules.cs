using Omov.Elections.Rulebooks;

namespace Omov.Elections.Delegates;

/// <summary>
/// How many conference delegates a local party may send, as versioned data exchanged as JSON like a
/// <see cref="Rulebook"/>: every threshold, band, rounding and cap is here, none in code.
/// </summary>
/// <param name="Id">A stable identifier (e.g. <c>labour-conference-delegates-2022</c>).</param>
/// <param name="Version">The version; a change to any number is a new version.</param>
/// <param name="Title">A title for people.</param>
/// <param name="Counted">Which members count towards the entitlement.</param>
/// <param name="Bands">The ordinary delegates: a first band, further bands and a cap.</param>
/// <param name="Women">The extra women's delegate, if any.</param>
/// <param name="Youth">The extra youth delegate, if any.</param>
/// <param name="Gender">The gender balance the delegation must keep.</param>
/// <param name="TimeZone">The organisation's IANA time zone (a women's declaration counts up to the end of the count date there).</param>
/// <param name="Source">Where the rules come from.</param>
public sealed record DelegateRules(
    string Id,
    int Version,
    string Title,
    CountedMembers Counted,
    DelegateBands Bands,
    WomenExtraPlace? Women,
    YouthExtraPlace? Youth,
    GenderBalance Gender,
    string TimeZone = Rulebook.DefaultTimeZone,
    string? Source = null);
