using Omov.Elections.Register;

namespace Omov.Elections.Rulebooks;

/// <summary>
/// The member self-identified with <paramref name="Section"/> at or before a local cut-off
/// ("before 23:59 on 17 Jun 2022").
/// </summary>
/// <param name="Section">The section.</param>
/// <param name="By">The cut-off.</param>
public sealed record SectionDeclaredRule(Section Section, LocalCutoff By) : Rule;
