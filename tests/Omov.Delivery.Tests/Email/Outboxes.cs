using System.Globalization;
using Omov.Data.Outbox;

namespace Omov.Delivery.Tests.Email;

/// <summary>Messages for the sender tests.</summary>
internal static class Outboxes
{
    public static string Address(int i) => string.Create(CultureInfo.InvariantCulture, $"member{i}@example.org");

    public static OutboxMessage Ballot(int i, string language = "en", string firstName = "Ann") => new()
    {
        IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"ballot:lead-2026:{i}"),
        Kind = "ballot",
        BatchId = "issue-1",
        MemberNumber = string.Create(CultureInfo.InvariantCulture, $"L{i:D6}"),
        Recipient = Address(i),
        Language = language,
        Template = "ballot",
        MergeValues = new Dictionary<string, MergeValue>
        {
            ["first_name"] = firstName,
            ["event_name"] = "Leadership and Deputy Leadership Elections 2026",
            ["contests"] = MergeValue.List(["Leader (AV)", "Deputy Leader (AV)"]),
            ["close_time"] = "12:00 on Thursday 2 April 2026",
            ["voting_link"] = string.Create(CultureInfo.InvariantCulture, $"https://vote.example.org/b/CODE{i}"),
            ["voting_code"] = string.Create(CultureInfo.InvariantCulture, $"ABCD-EFGH-{i:D4}"),
            ["help_contact"] = "ballot-help@example.org or 0345 092 2299",
        },
    };

    public static OutboxMessage Notice(int i) => new()
    {
        IdempotencyKey = string.Create(CultureInfo.InvariantCulture, $"notice:agm:{i}"),
        Kind = "notice",
        MemberNumber = string.Create(CultureInfo.InvariantCulture, $"L{i:D6}"),
        Recipient = Address(i),
        Subject = "Notice of the AGM",
        TextBody = "The AGM is on 5 March.\n",
        HtmlBody = "<p>The AGM is on 5 March.</p>",
    };
}
