using Omov.Data.Outbox;
using Omov.Elections.Messages;

namespace Omov.Delivery.Messages;

/// <summary>
/// The merge fields a composed message may use, and the footer each kind carries: an optional
/// message always ends with its unsubscribe link, a statutory notice says why it cannot be refused.
/// </summary>
public static class MessageMerge
{
    public const string FirstName = "first_name";
    public const string LocalParty = "local_party";
    public const string UnsubscribeLink = "unsubscribe_link";

    /// <summary>The sample first name previews merge with.</summary>
    public const string SampleFirstName = "Sam";

    /// <summary>The fields an officer may use in a message of <paramref name="kind"/>.</summary>
    public static IReadOnlyList<string> Fields(MessageKind kind) =>
        kind == MessageKind.Optional ? [FirstName, LocalParty, UnsubscribeLink] : [FirstName, LocalParty];

    /// <summary>The body as sent: what the officer wrote, then the footer of its kind.</summary>
    public static string WithFooter(string body, MessageKind kind)
    {
        ArgumentNullException.ThrowIfNull(body);
        var footer = kind == MessageKind.Optional
            ? "You can [unsubscribe from optional messages]({{" + UnsubscribeLink + "}}). You will still receive the statutory notices the rules require."
            : "This is a statutory notice: it goes to every member it concerns, including those who have unsubscribed from other messages.";
        return body.TrimEnd() + "\n\n---\n\n" + footer + "\n";
    }

    /// <summary>The values for one member.</summary>
    public static Dictionary<string, MergeValue> Values(string firstName, string localParty, string? unsubscribeLink)
    {
        var values = new Dictionary<string, MergeValue>(StringComparer.Ordinal)
        {
            [FirstName] = firstName,
            [LocalParty] = localParty,
        };
        if (unsubscribeLink is not null)
        {
            values[UnsubscribeLink] = unsubscribeLink;
        }

        return values;
    }
}
