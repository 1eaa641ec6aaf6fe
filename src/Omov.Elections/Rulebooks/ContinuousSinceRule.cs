namespace Omov.Elections.Rulebooks;

/// <summary>
/// A continuous member since <paramref name="Since"/> or earlier ("a continuous member from
/// 26 September 2018 to the present", London Assembly 2020).
/// </summary>
/// <param name="Since">The latest date unbroken membership may have begun.</param>
public sealed record ContinuousSinceRule(DateOnly Since) : Rule;
