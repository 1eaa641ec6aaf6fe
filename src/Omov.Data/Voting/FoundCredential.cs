namespace Omov.Data.Voting;

/// <summary>A voting code found by its hash: whose it is (the voter row) and whether it still works.</summary>
public sealed record FoundCredential(EventVoter Voter, CredentialStatus Status, DateTimeOffset IssuedAt);
