using MimeKit;
using Omov.Data.Outbox;

namespace Omov.Delivery.Email;

/// <summary>A message ready to send, or why it cannot be built (and so what its outcome is).</summary>
internal sealed record BuiltMessage(MimeMessage? Message, OutboxStatus? Outcome, string? Reason);
