namespace Omov.Elections.Nominations;

/// <summary>A refused nomination: the reason and a sentence fit to show the officer (a membership number at most, no other personal data).</summary>
/// <param name="Kind">The reason.</param>
/// <param name="Message">What happened and what to do.</param>
public sealed record NominationRefusal(NominationRefusalKind Kind, string Message);
