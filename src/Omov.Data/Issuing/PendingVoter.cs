using Omov.Elections.Register;
using Omov.Elections.Rolls;

namespace Omov.Data.Issuing;

/// <summary>
/// A member on one or more of an event's approved rolls who holds no ballot in it yet: the member
/// as the register has them now, the roll contests that list them, and the channel their rolls
/// gave them (post when any roll said post, because their email is shared; see docs/issuing-ballots.md).
/// </summary>
public sealed record PendingVoter(Member Member, IReadOnlySet<string> RollContests, DeliveryChannel RollChannel);
