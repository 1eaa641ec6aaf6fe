namespace Omov.Elections.Messages;

/// <summary>Who a message reached when queued (or would reach, in a preview).</summary>
/// <param name="Selected">Members in the segment.</param>
/// <param name="Queued">Messages put in the outbox (or that would be).</param>
/// <param name="NoEmail">Members in the segment with no usable email address.</param>
/// <param name="Unsubscribed">Members skipped because they unsubscribed (optional messages only).</param>
public sealed record MessageFigures(long Selected, long Queued, long NoEmail, long Unsubscribed);
