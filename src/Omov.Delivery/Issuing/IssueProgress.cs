namespace Omov.Delivery.Issuing;

/// <summary>How far an issue run has got: members issued so far of those it found waiting.</summary>
/// <param name="Done">Members handled (issued, or skipped for want of contact details).</param>
/// <param name="Total">Members waiting when the run began.</param>
public sealed record IssueProgress(long Done, long Total);
