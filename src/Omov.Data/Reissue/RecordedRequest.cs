namespace Omov.Data.Reissue;

/// <summary>A self-service request just recorded: its id, and how many requests for the same number fall in the limit's window.</summary>
public sealed record RecordedRequest(long Id, int CountInWindow);
