using Omov.Elections.Meetings;

namespace Omov.Web.Pages.Meetings;

/// <summary>The set-up form's fields, as typed.</summary>
internal sealed class MeetingForm
{
    public string? Title { get; set; }

    public string? Date { get; set; }

    public string? Start { get; set; } = "20:00";

    public int DoorsMinutes { get; set; } = 20;

    public string? Venue { get; set; }

    public string? Link { get; set; }

    public string? MemberSince { get; set; }

    public bool PayAtDoor { get; set; } = true;

    public LateArrivalPolicy Late { get; set; } = LateArrivalPolicy.Refuse;

    public List<ContestForm> Contests { get; set; } = [];
}

/// <summary>One nomination's fields.</summary>
internal sealed class ContestForm
{
    public string? Name { get; set; }

    public string? Candidates { get; set; }

    public string Method { get; set; } = "exhaustive";
}
