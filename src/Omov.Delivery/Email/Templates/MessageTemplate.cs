using Omov.Data.Outbox;

namespace Omov.Delivery.Email.Templates;

/// <summary>
/// A message an officer writes rather than one of the built-in templates: a subject line and a
/// Markdown body with the same merge fields (<c>{{first_name}}</c>), merged, escaped and rendered
/// exactly as the built-in templates are.
/// </summary>
public sealed class MessageTemplate
{
    /// <summary>The name errors are reported against.</summary>
    public const string Name = "message";

    private readonly EmailTemplate _template;

    private MessageTemplate(EmailTemplate template) => _template = template;

    /// <summary>Every merge field the subject and body use.</summary>
    public IReadOnlyList<string> Fields => [.. _template.Subject.Fields.Concat(_template.Markdown.Fields).Distinct(StringComparer.Ordinal)];

    /// <summary>Reads a subject and body; an error names "subject" or "body" with the line and column in it.</summary>
    public static (MessageTemplate? Template, TemplateError? Error) Parse(string subject, string body)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(body);
        if (string.IsNullOrWhiteSpace(subject) || subject.Contains('\n', StringComparison.Ordinal) || subject.Contains('\r', StringComparison.Ordinal))
        {
            return (null, new TemplateError("subject", 0, 0, "the subject must be one line of text"));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            return (null, new TemplateError("body", 0, 0, "the message has no body"));
        }

        // One subject line, the separator, then the body: the body's line N is the file's line N + 2.
        var (template, error) = EmailTemplate.Parse(Name + "." + TemplateSet.FallbackLanguage + ".md", "subject: " + subject + "\n---\n" + body);
        if (error is not null)
        {
            return (null, error.Line <= 1
                ? error with { Template = "subject", Line = 0 }
                : error with { Template = "body", Line = error.Line - 2 });
        }

        return (new MessageTemplate(template!), null);
    }

    /// <summary>Merges <paramref name="values"/> into the subject and body.</summary>
    public RenderResult Render(IReadOnlyDictionary<string, MergeValue> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var result = TemplateSet.Render(_template, values);
        return result.Succeeded || result.Error.Line <= 1
            ? result
            : RenderResult.Failure(result.Error with { Template = "body", Line = result.Error.Line - 2 });
    }
}
