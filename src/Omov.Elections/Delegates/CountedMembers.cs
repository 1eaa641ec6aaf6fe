using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Delegates;

/// <summary>
/// Which members of a local party count towards its delegates on the count date. It becomes an
/// eligibility <see cref="Rulebook"/> for that date (<see cref="ToRulebook"/>), so the same rules
/// and evaluator decide here as for a roll.
/// </summary>
/// <param name="Statuses">The member statuses that count (Labour: full members).</param>
/// <param name="AffiliatedSupporters">Whether affiliated supporters count (Labour: individual members only).</param>
/// <param name="PaidUpOnCountDate">Whether a member must be paid up (not in arrears) on the count date.</param>
/// <param name="ArrearsGraceDays">Days of arrears tolerated on the count date.</param>
public sealed record CountedMembers(
    IReadOnlyList<MemberStatus> Statuses,
    AffiliatedSupporterPolicy AffiliatedSupporters = AffiliatedSupporterPolicy.Excluded,
    bool PaidUpOnCountDate = true,
    int ArrearsGraceDays = 0)
{
    /// <summary>The eligibility rulebook that picks the counted members on <paramref name="on"/>.</summary>
    public Rulebook ToRulebook(DateOnly on, string timeZone, string id)
    {
        var rules = new List<Rule>
        {
            new AffiliatedSupportersRule(AffiliatedSupporters),
            new StatusRule(Statuses),
        };
        if (PaidUpOnCountDate)
        {
            rules.Add(new NotInArrearsRule(on, ArrearsGraceDays));
        }

        return new Rulebook($"{id}-counted-{on:yyyy-MM-dd}", 1, $"Members counted for delegates on {on:yyyy-MM-dd}", rules, timeZone, id);
    }
}
