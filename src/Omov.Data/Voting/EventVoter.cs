using Omov.Elections.Rolls;

namespace Omov.Data.Voting;

/// <summary>A member with a ballot in an event: its contests, how it was sent, and whether (and how) they voted.</summary>
public sealed record EventVoter(Guid EventId, string MembershipNumber, IReadOnlyList<string> Contests, DeliveryChannel Channel, VoteChannel? Voted)
{
    /// <summary>Whether the member has voted, by either channel.</summary>
    public bool HasVoted => Voted is not null;
}
