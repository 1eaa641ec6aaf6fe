namespace Omov.Data.Results;

/// <summary>When and how an event's box was opened.</summary>
/// <param name="OpenedAt">When.</param>
/// <param name="OpenedBy">The audit actor who opened it.</param>
/// <param name="SharesUsed">The share numbers that opened it.</param>
/// <param name="BallotsInBox">Sealed ballots read.</param>
/// <param name="BallotsRejected">Of those, ballots that did not open or decode.</param>
public sealed record StoredOpening(DateTimeOffset OpenedAt, string OpenedBy, IReadOnlyList<int> SharesUsed, long BallotsInBox, long BallotsRejected);
