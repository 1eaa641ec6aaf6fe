namespace Omov.Elections.Nominations;

/// <summary>An MP or MEP who may nominate: one entry in the PLP/EPLP list.</summary>
/// <param name="Code">A short stable code (e.g. a constituency code or "MP-0042").</param>
/// <param name="Name">The member's name.</param>
/// <param name="House">Commons or European Parliament.</param>
public sealed record ElectedMember(string Code, string Name, ElectedHouse House);
