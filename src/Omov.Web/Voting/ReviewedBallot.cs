namespace Omov.Web.Voting;

/// <summary>
/// The choices the voter is asked to confirm, carried in the review page's form (sealed by Data
/// Protection), never stored on the server: the ticket, and the marks exactly as they were made.
/// </summary>
internal sealed record ReviewedBallot(VoteTicket Ticket, Dictionary<string, string> Marks);
