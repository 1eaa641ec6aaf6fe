namespace Omov.Elections.Register;

/// <summary>A member's self-identification with a section, and when it was declared (UTC); rules often need it by a cut-off.</summary>
public sealed record SectionDeclaration(Section Section, DateTimeOffset DeclaredAt);
