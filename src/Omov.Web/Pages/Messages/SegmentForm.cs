using System.Globalization;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Web.Pages.Messages;

/// <summary>The segment builder's fields, as posted, and the segment they make (or why not).</summary>
internal sealed class SegmentForm
{
    public string? Unit { get; set; }

    /// <summary>Empty until set: a form posted with every box unticked must not fall back to a default.</summary>
    public List<MemberStatus> Statuses { get; set; } = [];

    /// <summary>Joined on or before this date (yyyy-MM-dd, from a date input).</summary>
    public string? JoinedBy { get; set; }

    public string? PaidUpBy { get; set; }

    public List<Section> Sections { get; set; } = [];

    public string? Contest { get; set; }

    /// <summary>The segment, or the field and message of the first problem.</summary>
    public (Segment? Segment, string? Field, string? Error) ToSegment()
    {
        LocalCutoff? joined = null;
        if (!string.IsNullOrWhiteSpace(JoinedBy))
        {
            if (!DateOnly.TryParseExact(JoinedBy.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, nameof(JoinedBy), "Enter the joining cut-off as a date, like 2019-12-17.");
            }

            joined = LocalCutoff.EndOfDay(date);
        }

        DateOnly? paid = null;
        if (!string.IsNullOrWhiteSpace(PaidUpBy))
        {
            if (!DateOnly.TryParseExact(PaidUpBy.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return (null, nameof(PaidUpBy), "Enter the paid-up date as a date, like 2020-01-31.");
            }

            paid = date;
        }

        if (Statuses.Count == 0)
        {
            return (null, nameof(Statuses), "Choose at least one member status.");
        }

        var unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        var contest = string.IsNullOrWhiteSpace(Contest) ? null : Contest.Trim();
        return (new Segment(unit, [.. Statuses], joined, paid, [.. Sections], contest), null, null);
    }

    /// <summary>How a section reads in the builder.</summary>
    public static string Label(Section section) => section switch
    {
        Section.Women => "Women",
        Section.Bame => "BAME",
        Section.Disabled => "Disabled",
        Section.LgbtPlus => "LGBT+",
        _ => section.ToString(),
    };
}
