namespace Omov.Elections.Messages;

/// <summary>Whether a member may opt out of a message.</summary>
public enum MessageKind
{
    /// <summary>A notice the rules require (a meeting call, a ballot notice): sent to everyone in the segment, unsubscribed or not.</summary>
    Statutory,

    /// <summary>Anything else: carries an unsubscribe link, and is not sent to members who have unsubscribed.</summary>
    Optional,
}
