using Omov.Elections.Eligibility;

namespace Omov.Elections.Meetings;

/// <summary>The door's decision on one member, with the reason in plain English and the rulebook's explanation.</summary>
/// <param name="Outcome">Admit, admit late, ask for payment, or refuse.</param>
/// <param name="Reason">One sentence for the person at the door (no personal data beyond dates).</param>
/// <param name="Eligibility">The attendance rulebook's decision, rule by rule.</param>
/// <param name="Late">Whether the arrival is after the doors closed.</param>
/// <param name="PaidAtDoor">Whether the member is admitted on paying at the door.</param>
public sealed record CheckInDecision(CheckInOutcome Outcome, string Reason, EligibilityDecision Eligibility, bool Late, bool PaidAtDoor)
{
    /// <summary>Whether the member goes in.</summary>
    public bool IsAdmitted => Outcome is CheckInOutcome.Admitted or CheckInOutcome.AdmittedLate;
}
