using System.Net;
using System.Text;
using Markdig;
using Omov.Data.Outbox;

namespace Omov.Delivery.Email.Templates;

/// <summary>
/// The message templates, by name and language. The built-in ones (ballot, reminder) are in
/// English and Welsh; a folder of <c>NAME.LANG.md</c> files can add or replace them. A message
/// in a language without its own template uses the English one.
/// </summary>
public sealed class TemplateSet
{
    /// <summary>The language every template has, used when the asked-for one is missing.</summary>
    public const string FallbackLanguage = "en";

    private const string ResourcePrefix = "Omov.Delivery.Templates.";

    // Raw HTML in a template or a value is shown as text, never passed through.
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();
    private static readonly Lazy<TemplateSet> s_builtIn = new(LoadBuiltIn);

    private readonly Dictionary<(string Name, string Language), EmailTemplate> _templates;

    private TemplateSet(Dictionary<(string, string), EmailTemplate> templates) => _templates = templates;

    /// <summary>The templates shipped with Omov.</summary>
    public static TemplateSet BuiltIn => s_builtIn.Value;

    /// <summary>Every (name, language) there is a template for.</summary>
    public IEnumerable<(string Name, string Language)> Available => _templates.Keys.Order();

    /// <summary>The built-in templates with those in <paramref name="folder"/> added or replacing them; or the first template that cannot be read.</summary>
    public static (TemplateSet? Templates, TemplateError? Error) Load(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var templates = new Dictionary<(string, string), EmailTemplate>(BuiltIn._templates);
        foreach (var path in Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal))
        {
            var (template, error) = EmailTemplate.Parse(Path.GetFileName(path), File.ReadAllText(path, Encoding.UTF8));
            if (error is not null)
            {
                return (null, error);
            }

            templates[(template!.Name, template.Language)] = template;
        }

        return (new TemplateSet(templates), null);
    }

    /// <summary>
    /// Merges template <paramref name="name"/> in <paramref name="language"/> (<c>cy-GB</c> tries
    /// <c>cy</c>, then English) with <paramref name="values"/>: a subject, Markdown rendered to
    /// HTML with every value escaped, and a plain-text part.
    /// </summary>
    public RenderResult Render(string name, string language, IReadOnlyDictionary<string, MergeValue> values)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(values);
        var template = Find(name, language);
        if (template is null)
        {
            return RenderResult.Failure(new TemplateError($"{name}.{FallbackLanguage}.md", 0, 0, $"there is no template '{name}' (templates: {string.Join(", ", _templates.Keys.Select(k => k.Name).Distinct().Order(StringComparer.Ordinal))})"));
        }

        return Render(template, values);
    }

    /// <summary>Merges one template: the subject, the Markdown body rendered to HTML with every value escaped, and the plain text.</summary>
    internal static RenderResult Render(EmailTemplate template, IReadOnlyDictionary<string, MergeValue> values)
    {
        var (subject, subjectError) = template.Subject.Render(values, OneLine, allowLists: false);
        var (markdown, markdownError) = template.Markdown.Render(values, EscapeMarkdown, allowLists: true);
        var (text, textError) = template.Text.Render(values, OneLine, allowLists: true);
        if ((subjectError ?? markdownError ?? textError) is { } error)
        {
            return RenderResult.Failure(error);
        }

        subject = subject!.Trim();

        var html = new StringBuilder()
            .Append("<!DOCTYPE html>\n<html lang=\"").Append(template.Language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(subject)).Append("</title>\n</head>\n<body>\n")
            .Append(Markdown.ToHtml(markdown!, s_pipeline))
            .Append("</body>\n</html>\n")
            .ToString();
        return RenderResult.Success(new RenderedEmail(subject!, text!.TrimEnd() + "\n", html, template.Language));
    }

    internal EmailTemplate? Find(string name, string language)
    {
        var tag = language.Trim().ToLowerInvariant();
        while (true)
        {
            if (_templates.TryGetValue((name, tag), out var template))
            {
                return template;
            }

            var dash = tag.LastIndexOf('-');
            if (dash < 0)
            {
                break;
            }

            tag = tag[..dash];
        }

        return _templates.GetValueOrDefault((name, FallbackLanguage));
    }

    // A value never starts a new line, and so never a new Markdown block or a header.
    private static string OneLine(string value) => value.ReplaceLineEndings(" ");

    /// <summary>
    /// Every ASCII punctuation character backslash-escaped (CommonMark lets any of them be, in
    /// text and in link destinations alike), so a value is always literal text: a member named
    /// <c>&lt;script&gt;</c> or <c>[click](http://…)</c> gets exactly those characters, shown, not run.
    /// </summary>
    internal static string EscapeMarkdown(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in OneLine(value))
        {
            if (c < 128 && char.IsPunctuation(c) || c is '$' or '+' or '<' or '=' or '>' or '^' or '`' or '|' or '~')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static TemplateSet LoadBuiltIn()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var templates = new Dictionary<(string, string), EmailTemplate>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var (template, error) = EmailTemplate.Parse(resource[ResourcePrefix.Length..], reader.ReadToEnd());
            // A broken built-in template is a bug in Omov, caught by its tests.
            if (template is null)
            {
                throw new InvalidOperationException(error!.ToString());
            }

            templates[(template.Name, template.Language)] = template;
        }

        return new TemplateSet(templates);
    }
}
