using System.Text.RegularExpressions;

namespace Omov.Web.Pages.Organisation;

/// <summary>What a unit's code and name may be, checked the same way when adding and renaming.</summary>
internal static partial class UnitForm
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;

    /// <summary>Why <paramref name="code"/> cannot be a unit code, or null.</summary>
    public static string? CheckCode(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "Enter a code for the unit, such as CLP-0412."
        : code.Length > MaxCodeLength ? $"A code is at most {MaxCodeLength} characters."
        : !CodePattern().IsMatch(code) ? "A code is letters, digits, hyphens and underscores only, such as CLP-0412."
        : null;

    /// <summary>Why <paramref name="name"/> cannot be a unit name, or null.</summary>
    public static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "Enter the unit's name."
        : name.Trim().Length > MaxNameLength ? $"A name is at most {MaxNameLength} characters."
        : name.Any(char.IsControl) ? "A name cannot contain line breaks or control characters."
        : null;

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
