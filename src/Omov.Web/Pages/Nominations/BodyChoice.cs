using Omov.Elections.Nominations;

namespace Omov.Web.Pages.Nominations;

/// <summary>One nominating body in the form's list; its value is the kind and the code, e.g. <c>LocalParty|CLP-001</c>.</summary>
/// <param name="Kind">The kind of body.</param>
/// <param name="Code">Its code.</param>
/// <param name="Name">Its name.</param>
internal sealed record BodyChoice(NominatingBodyKind Kind, string Code, string Name)
{
    public string Value => Kind + "|" + Code;

    public static bool TryParse(string? value, out NominatingBodyKind kind, out string code)
    {
        kind = default;
        code = "";
        var bar = value?.IndexOf('|', StringComparison.Ordinal) ?? -1;
        if (bar <= 0 || !Enum.TryParse(value![..bar], out kind) || !Enum.IsDefined(kind))
        {
            return false;
        }

        code = value[(bar + 1)..];
        return code.Length > 0;
    }
}
