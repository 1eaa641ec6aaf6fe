namespace Omov.Elections.Delegates;

/// <summary>One line of an entitlement's explanation.</summary>
/// <param name="Kind">What the line decides: <c>base</c>, <c>cap</c>, <c>women</c>, <c>youth</c>, <c>gender</c> or <c>total</c>.</param>
/// <param name="Delegates">The delegates the line adds up to (for <c>gender</c>: the women needed).</param>
/// <param name="Text">The line in plain English, e.g. "750 members: 1 for the first 749 and 1 for the next 250 or part = 2".</param>
public sealed record EntitlementLine(string Kind, int Delegates, string Text);
