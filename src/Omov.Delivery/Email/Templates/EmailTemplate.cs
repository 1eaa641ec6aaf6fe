using System.Text.RegularExpressions;

namespace Omov.Delivery.Email.Templates;

/// <summary>
/// One message template in one language, read from a file named <c>NAME.LANG.md</c>:
/// a <c>subject:</c> line, a line <c>---</c>, then the body in Markdown with merge fields.
/// </summary>
internal sealed partial class EmailTemplate
{
    private EmailTemplate(string name, string language, string file, MergeTemplate subject, MergeTemplate markdown, MergeTemplate text)
    {
        Name = name;
        Language = language;
        File = file;
        Subject = subject;
        Markdown = markdown;
        Text = text;
    }

    public string Name { get; }

    public string Language { get; }

    /// <summary>The file name, for error messages.</summary>
    public string File { get; }

    public MergeTemplate Subject { get; }

    /// <summary>The body as written: merged with Markdown-escaped values, then rendered to HTML.</summary>
    public MergeTemplate Markdown { get; }

    /// <summary>The body for the plain-text part: links written out as "text: address", merged with raw values.</summary>
    public MergeTemplate Text { get; }

    public static (EmailTemplate? Template, TemplateError? Error) Parse(string file, string content)
    {
        var parts = file.Split('.');
        if (parts.Length != 3 || parts[2] != "md")
        {
            return (null, new TemplateError(file, 0, 0, "a template file is named NAME.LANGUAGE.md, like ballot.cy.md"));
        }

        var lines = content.ReplaceLineEndings("\n").Split('\n');
        string? subject = null;
        var separator = -1;
        for (var i = 0; i < lines.Length && separator < 0; i++)
        {
            if (lines[i].Trim() == "---")
            {
                separator = i;
            }
            else if (lines[i].StartsWith("subject:", StringComparison.OrdinalIgnoreCase))
            {
                // Blanked rather than cut, so that columns in errors are columns in the file.
                subject = new string(' ', "subject:".Length) + lines[i]["subject:".Length..];
            }
            else if (lines[i].Trim().Length > 0)
            {
                return (null, new TemplateError(file, i + 1, 1, "the header holds only a 'subject:' line, ended by a line '---'"));
            }
        }

        if (separator < 0 || string.IsNullOrWhiteSpace(subject))
        {
            return (null, new TemplateError(file, 1, 1, "a template starts with a 'subject:' line and a line '---' before the body"));
        }

        var subjectLine = Array.FindIndex(lines, l => l.StartsWith("subject:", StringComparison.OrdinalIgnoreCase)) + 1;
        var body = string.Join('\n', lines[(separator + 1)..]);
        var (subjectTemplate, subjectError) = MergeTemplate.Parse(file, subject, subjectLine);
        var (markdown, markdownError) = MergeTemplate.Parse(file, body, separator + 2);
        // Same lines as the body, so an error is reported at the same place in either.
        var (text, textError) = MergeTemplate.Parse(file, LinkPattern().Replace(body, "$1: $2"), separator + 2);
        var error = subjectError ?? markdownError ?? textError;
        return error is not null ? (null, error) : (new EmailTemplate(parts[0], parts[1], file, subjectTemplate!, markdown!, text!), null);
    }

    // A Markdown inline link [text](destination): in plain text the reader needs the address itself.
    [GeneratedRegex(@"\[([^\]\n]+)\]\(([^)\s]+)\)")]
    private static partial Regex LinkPattern();
}
