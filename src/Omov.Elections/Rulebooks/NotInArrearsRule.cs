namespace Omov.Elections.Rulebooks;

/// <summary>
/// Not in subscription arrears on <paramref name="On"/>: paid up to that date, or within
/// <paramref name="GraceDays"/> of it. A member with no paid-up date is in arrears.
/// </summary>
/// <param name="On">The date the member must not be in arrears.</param>
/// <param name="GraceDays">Days of arrears tolerated (0: paid up to the date itself).</param>
public sealed record NotInArrearsRule(DateOnly On, int GraceDays = 0) : Rule;
