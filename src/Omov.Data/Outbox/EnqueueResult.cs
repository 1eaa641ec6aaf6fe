namespace Omov.Data.Outbox;

/// <summary>What a bulk enqueue did: messages added, and messages whose key was already queued (left as they were).</summary>
public sealed record EnqueueResult(long Added, long AlreadyQueued);
