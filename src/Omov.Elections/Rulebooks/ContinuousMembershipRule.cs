namespace Omov.Elections.Rulebooks;

/// <summary>
/// At least a period of unbroken membership on a date, counted from
/// <see cref="Register.Member.ContinuousSince"/>: 12 months on the close of nominations, or the
/// 8 weeks' provisional period on a meeting date. The period is months, then weeks, then days.
/// </summary>
/// <param name="On">The date on which the period must have run.</param>
/// <param name="Months">Whole calendar months.</param>
/// <param name="Weeks">Weeks.</param>
/// <param name="Days">Days.</param>
public sealed record ContinuousMembershipRule(DateOnly On, int Months = 0, int Weeks = 0, int Days = 0) : Rule;
