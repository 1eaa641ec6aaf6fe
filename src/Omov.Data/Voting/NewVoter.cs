using Omov.Elections.Rolls;

namespace Omov.Data.Voting;

/// <summary>
/// A member to add to an event's voters: the contests on their ballot (in ballot order), how their
/// credential goes out, and the hash of their first voting code (<c>VotingCodeHash.Compute</c>).
/// </summary>
public sealed record NewVoter(string MembershipNumber, IReadOnlyList<string> Contests, DeliveryChannel Channel, byte[] CodeHash);
