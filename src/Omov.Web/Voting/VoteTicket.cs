namespace Omov.Web.Voting;

/// <summary>What the voter's browser holds between the steps, sealed by Data Protection: the event and the code's link token.</summary>
internal sealed record VoteTicket(Guid EventId, string CodeToken);
