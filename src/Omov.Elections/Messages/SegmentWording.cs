using System.Globalization;
using Omov.Elections.Register;

namespace Omov.Elections.Messages;

/// <summary>A segment in words, for the message list and the preview ("full members of Walthamstow who joined on or before 17 Dec 2019").</summary>
public static class SegmentWording
{
    /// <summary>Describes <paramref name="segment"/>; <paramref name="unitName"/> is the name of its unit, when known.</summary>
    public static string Describe(Segment segment, string? unitName)
    {
        ArgumentNullException.ThrowIfNull(segment);
        var statuses = segment.Statuses.Distinct().Select(s => s.ToString().ToLowerInvariant()).ToList();
        var text = (statuses.Count == Enum.GetValues<MemberStatus>().Length ? "all" : JoinOr(statuses)) + " members";
        text += segment.UnitCode is null ? " of the whole organisation" : $" of {unitName ?? segment.UnitCode}";
        var conditions = new List<string>();
        if (segment.JoinedBy is { } joined)
        {
            conditions.Add(joined.IsWholeDay
                ? "joined on or before " + Date(joined.Date)
                : "joined by " + joined.Local.ToString("HH:mm 'on' d MMM yyyy", CultureInfo.InvariantCulture));
        }

        if (segment.PaidUpBy is { } paid)
        {
            conditions.Add("are paid up to " + Date(paid));
        }

        if (segment.SectionList.Count > 0)
        {
            conditions.Add("have declared themselves " + JoinOr(segment.SectionList.Distinct().Select(Section)));
        }

        if (conditions.Count > 0)
        {
            text += " who " + string.Join(" and ", conditions);
        }

        if (segment.ContestCode is { } contest)
        {
            text += ", eligible under the rules of contest " + contest;
        }

        return text;
    }

    private static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    private static string Section(Section section) => section switch
    {
        Register.Section.Women => "women",
        Register.Section.Bame => "BAME",
        Register.Section.Disabled => "disabled",
        Register.Section.LgbtPlus => "LGBT+",
        _ => section.ToString(),
    };

    private static string JoinOr(IEnumerable<string> items)
    {
        string[] all = [.. items];
        return all.Length <= 1 ? string.Concat(all) : string.Join(", ", all[..^1]) + " or " + all[^1];
    }
}
