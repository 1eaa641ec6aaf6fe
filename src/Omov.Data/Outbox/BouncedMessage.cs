namespace Omov.Data.Outbox;

/// <summary>A message the SMTP server refused for good: the member to offer a postal reissue.</summary>
public sealed record BouncedMessage(string? MemberNumber, string Kind, string? BatchId, string IdempotencyKey, string? LastResponse, DateTimeOffset BouncedAt);
