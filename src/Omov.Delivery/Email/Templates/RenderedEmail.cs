namespace Omov.Delivery.Email.Templates;

/// <summary>A merged message: subject, plain text, HTML, and the language of the template used (after any fallback).</summary>
public sealed record RenderedEmail(string Subject, string TextBody, string HtmlBody, string Language);
