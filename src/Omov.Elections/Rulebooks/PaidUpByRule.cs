namespace Omov.Elections.Rulebooks;

/// <summary>
/// Full compliance: subscriptions are paid up to at least <paramref name="By"/> (the compliance date,
/// e.g. 14 Feb 2020 for the 2020 leadership). A member with no paid-up date is not paid up.
/// </summary>
/// <param name="By">The compliance date.</param>
public sealed record PaidUpByRule(DateOnly By) : Rule;
