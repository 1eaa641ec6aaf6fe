using System.Globalization;

namespace Omov.Delivery.Email.Templates;

/// <summary>
/// Why a template could not be read or merged, and where: the template file, and the line and
/// column of the merge field (0 when the problem is not at one place). Never holds a merge value.
/// </summary>
public sealed record TemplateError(string Template, int Line, int Column, string Message)
{
    public override string ToString() => Line > 0
        ? string.Create(CultureInfo.InvariantCulture, $"{Template} line {Line}, column {Column}: {Message}")
        : $"{Template}: {Message}";
}
