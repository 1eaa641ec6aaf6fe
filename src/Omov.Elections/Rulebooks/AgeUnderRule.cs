namespace Omov.Elections.Rulebooks;

/// <summary>
/// Aged under <paramref name="Years"/> on <paramref name="On"/> (youth places: under 27). A member
/// born on 29 February reaches each age on 1 March in common years. Unknown date of birth fails.
/// </summary>
/// <param name="Years">The age the member must not yet have reached.</param>
/// <param name="On">The date of the test.</param>
public sealed record AgeUnderRule(int Years, DateOnly On) : Rule;
