using Omov.Elections.Messages;

namespace Omov.Delivery.Messages;

/// <summary>What an officer composes: the words, the kind, and who it goes to.</summary>
/// <param name="Subject">The subject line, with merge fields.</param>
/// <param name="Body">The body in Markdown, with merge fields.</param>
/// <param name="Kind">Statutory (always sent) or optional (unsubscribe honoured).</param>
/// <param name="Segment">The members it goes to.</param>
public sealed record MessageDraft(string Subject, string Body, MessageKind Kind, Segment Segment);
