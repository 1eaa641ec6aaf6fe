using System.Globalization;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Eligibility;

/// <summary>The English phrases for dates and sections used in explanations.</summary>
internal static class Wording
{
    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateTime local) => local.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    public static string Moment(DateTime local) => local.ToString("HH:mm 'on' d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A local instant: the date alone, or with the time when it matters (same day as the cut-off).</summary>
    public static string Instant(DateTime local, LocalCutoff cutoff) =>
        DateOnly.FromDateTime(local) == cutoff.Date ? "at " + Moment(local) : Date(local);

    public static string Cutoff(LocalCutoff cutoff) => cutoff.IsWholeDay ? "the end of " + Date(cutoff.Date) : Moment(cutoff.Local);

    public static string Section(Section section) => section switch
    {
        Register.Section.Women => "a woman",
        Register.Section.Bame => "BAME",
        Register.Section.Disabled => "disabled",
        Register.Section.LgbtPlus => "LGBT+",
        _ => section.ToString(),
    };

    public static string Status(MemberStatus status) => status.ToString().ToLowerInvariant();

    public static string Period(ContinuousMembershipRule rule)
    {
        var parts = new List<string>(3);
        AddPart(parts, rule.Months, "month");
        AddPart(parts, rule.Weeks, "week");
        AddPart(parts, rule.Days, "day");
        return string.Join(", ", parts);
    }

    public static string JoinOr(IEnumerable<string> items)
    {
        string[] all = [.. items];
        return all.Length switch
        {
            0 => "",
            1 => all[0],
            _ => string.Join(", ", all[..^1]) + " or " + all[^1],
        };
    }

    private static void AddPart(List<string> parts, int count, string unit)
    {
        if (count > 0)
        {
            parts.Add(count.ToString(CultureInfo.InvariantCulture) + " " + unit + (count == 1 ? "" : "s"));
        }
    }
}
