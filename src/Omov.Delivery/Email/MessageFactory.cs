using MimeKit;
using Omov.Data.Outbox;
using Omov.Delivery.Email.Templates;

namespace Omov.Delivery.Email;

/// <summary>
/// Builds the MIME message for an outbox message: multipart/alternative (plain text first, then
/// HTML), the stable Message-ID stored with it, its language, and <c>Auto-Submitted</c> so that
/// holiday replies are not sent back.
/// </summary>
internal sealed class MessageFactory
{
    private readonly MailboxAddress _from;
    private readonly string _domain;
    private readonly TemplateSet _templates;
    private readonly TimeProvider _time;

    public MessageFactory(SmtpSettings settings, TemplateSet templates, TimeProvider time)
    {
        if (!MailboxAddress.TryParse(settings.From, out _from!))
        {
            throw new ArgumentException($"the From address '{settings.From}' is not an email address", nameof(settings));
        }

        _domain = settings.MessageIdDomain ?? _from.Domain;
        if (string.IsNullOrWhiteSpace(_domain))
        {
            throw new ArgumentException("the From address has no domain for the Message-ID; set MessageIdDomain", nameof(settings));
        }

        _templates = templates;
        _time = time;
    }

    /// <summary>The Message-ID header (without angle brackets) for an outbox message id.</summary>
    public string MessageIdFor(string localPart) => localPart + "@" + _domain;

    public BuiltMessage Build(ClaimedMessage message)
    {
        if (!MailboxAddress.TryParse(message.Recipient, out var to) || string.IsNullOrEmpty(to.Domain))
        {
            // Permanent, like a 5xx: the member needs another way to get their ballot.
            return new BuiltMessage(null, OutboxStatus.Bounced, "not sent: the recipient is not a valid email address");
        }

        string subject, text;
        string? html;
        var language = message.Language;
        if (message.Template is not null)
        {
            var rendered = _templates.Render(message.Template, message.Language, message.MergeValues ?? new Dictionary<string, MergeValue>());
            if (!rendered.Succeeded)
            {
                return new BuiltMessage(null, OutboxStatus.Failed, "not sent: template " + rendered.Error);
            }

            (subject, text, html, language) = (rendered.Email.Subject, rendered.Email.TextBody, rendered.Email.HtmlBody, rendered.Email.Language);
        }
        else if (message.Subject is not null && message.TextBody is not null)
        {
            (subject, text, html) = (message.Subject, message.TextBody, message.HtmlBody);
        }
        else
        {
            return new BuiltMessage(null, OutboxStatus.Failed, "not sent: the message has no content");
        }

        var mime = new MimeMessage
        {
            Subject = subject,
            MessageId = MessageIdFor(message.MessageId),
            Date = _time.GetUtcNow(),
            Body = new BodyBuilder { TextBody = text, HtmlBody = html }.ToMessageBody(),
        };
        mime.From.Add(_from);
        mime.To.Add(to);
        // A Content-* header belongs to the body entity in MIME (MimeKit moves it there on reading).
        mime.Body.Headers.Add(HeaderId.ContentLanguage, language);
        mime.Headers.Add("Auto-Submitted", "auto-generated");
        mime.Headers.Add("X-Omov-Kind", message.Kind);
        return new BuiltMessage(mime, null, null);
    }
}
