namespace Omov.Web.Voting;

/// <summary>What the receipt page shows: the event's code (for the bulletin board) and the ballot's tracking code.</summary>
internal sealed record VoteReceipt(string EventCode, string EventTitle, string TrackingCode);
