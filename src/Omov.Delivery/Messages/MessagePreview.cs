using Omov.Delivery.Email.Templates;
using Omov.Elections.Messages;

namespace Omov.Delivery.Messages;

/// <summary>Who a message would reach now, and how it reads (merged with a sample member, never a real one).</summary>
/// <param name="Figures">Members in the segment, messages that would be queued, no usable email, unsubscribed.</param>
/// <param name="Sample">The message as a member would get it.</param>
public sealed record MessagePreview(MessageFigures Figures, RenderedEmail Sample);
