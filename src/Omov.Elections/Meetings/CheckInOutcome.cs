namespace Omov.Elections.Meetings;

/// <summary>What the door does with one member.</summary>
public enum CheckInOutcome
{
    /// <summary>Admitted.</summary>
    Admitted,

    /// <summary>Admitted after the doors closed, flagged as late.</summary>
    AdmittedLate,

    /// <summary>In arrears only, at a meeting that allows paying at the door: admitted once the payment is recorded.</summary>
    NeedsPayment,

    /// <summary>Not admitted.</summary>
    Refused,
}
