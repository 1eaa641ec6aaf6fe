using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using Omov.Data;
using Omov.Data.Tests.Providers;
using Omov.Delivery.Email;
using Omov.Delivery.Messages;
using Omov.Delivery.Tests.Smtp;
using Omov.Elections.Audit;
using Omov.Elections.Messages;

namespace Omov.Delivery.Tests.Messages;

/// <summary>Messages all the way to a real SMTP server on localhost, and an unsubscribe link used in between.</summary>
public abstract partial class MessageDeliveryTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();
    private readonly FakeTimeProvider _time = new(MessageWorld.Now);

    [Fact]
    public async Task SendNowAsync_AfterUnsubscribe_OptionalMessageSkipsTheMemberAndStatutoryNoticeReachesThem()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await OmovDatabase.OpenAsync(test.Connection, _time, test.SecretKeyFile);
        await MessageWorld.SeedAsync(db);
        await using var sink = await SmtpSink.StartAsync();
        var service = new MessageService(db, new MessageOptions { PublicUrl = new Uri("https://vote.example.org/") });

        async Task SendAsync(string subject, MessageKind kind)
        {
            var draft = new MessageDraft(subject, "Dear {{first_name}},\n\nNews from {{local_party}}.", kind, MessageWorld.Meeting);
            var message = (await service.ComposeAsync(draft, "cli:test")).Value!;
            Assert.True((await service.SendNowAsync(message.Id, "cli:test")).Success);
            await using var sender = new EmailSender(db.EmailOutbox, sink.Settings, new EmailSenderOptions { BatchSize = 10 }, time: _time);
            await sender.RunUntilEmptyAsync();
        }

        await SendAsync("Canvassing this Saturday", MessageKind.Optional);
        var first = sink.Received();
        Assert.Equal(["w1@example.org", "w6@example.org"], first.Select(r => Assert.Single(r.Recipients)).Order(StringComparer.Ordinal));
        var toFay = first.Single(r => r.Recipients[0] == "w6@example.org").Message;
        Assert.Contains("Dear Fay,", toFay.TextBody, StringComparison.Ordinal);
        var link = LinkPattern().Match(toFay.TextBody!);
        Assert.True(link.Success, toFay.TextBody);
        Assert.Contains($"href=\"{link.Value}\"", toFay.HtmlBody, StringComparison.Ordinal);

        Assert.True(await service.SetSubscriptionAsync(link.Groups[1].Value, unsubscribe: true));

        await SendAsync("Another canvassing session", MessageKind.Optional);
        await SendAsync("Notice of the nomination meeting", MessageKind.Statutory);
        var later = sink.Received().Skip(first.Count).Select(r => (r.Message.Subject, To: Assert.Single(r.Recipients))).ToList();
        Assert.Equal(["w1@example.org"], later.Where(r => r.Subject == "Another canvassing session").Select(r => r.To));
        Assert.Equal(["w1@example.org", "w6@example.org"], later.Where(r => r.Subject == "Notice of the nomination meeting").Select(r => r.To).Order(StringComparer.Ordinal));
        var unsubscribed = Assert.Single(await AuditAsync(db), a => a.Action == AuditActions.MemberUnsubscribed);
        Assert.Equal(("member:W6", "W6"), (unsubscribed.Actor, unsubscribed.Subject));
    }

    private static async Task<List<AuditEntry>> AuditAsync(OmovDatabase db)
    {
        var entries = new List<AuditEntry>();
        await foreach (var entry in db.AuditLog.ReadAllAsync())
        {
            entries.Add(entry);
        }

        return entries;
    }

    [GeneratedRegex("https://vote\\.example\\.org/Unsubscribe/([0-9a-z]{26})")]
    private static partial Regex LinkPattern();
}
