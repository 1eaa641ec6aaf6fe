namespace Omov.Delivery.Reissue;

/// <summary>A staff reissue's outcome and a sentence for the staff member saying it.</summary>
public sealed record StaffReissueResult(StaffReissueOutcome Outcome, string Message)
{
    /// <summary>Whether a new code was issued.</summary>
    public bool Succeeded => Outcome == StaffReissueOutcome.Reissued;
}
