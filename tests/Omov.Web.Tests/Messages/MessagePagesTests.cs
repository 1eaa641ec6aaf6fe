using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Delivery.Messages;
using Omov.Elections.Audit;
using Omov.Elections.Messages;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Messages;

/// <summary>Messages in the browser: a local officer composes, previews and sends; a member unsubscribes without signing in.</summary>
[Collection(BrowserTests.Name)]
public abstract class MessagePagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Message_LocalOfficerComposesPreviewsSends_MemberUnsubscribes()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        var secret = await omov.AddStaffAsync("sec", StaffRole.LocalOfficer, localParty: "CLP-001");
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "sec", secret!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Messages" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New message" }).ClickAsync();
        await page.Locator("#subject").FillAsync("Canvassing on Saturday");
        await page.Locator("#body").FillAsync("Dear {{first_name}},\n\nJoin **{{local_party}}** on Saturday.");
        await page.GetByLabel("Optional message", new() { Exact = false }).CheckAsync();
        await page.GetByLabel("Joined on or before (optional)").FillAsync("2019-12-17");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        var preview = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(preview).ToContainTextAsync("full members of Hackney South who joined on or before 17 Dec 2019");
        Assert.Contains("Members in the segment\n1", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        await Assertions.Expect(page.Locator(".sample-body strong")).ToHaveTextAsync("Hackney South");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Save the message" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Canvassing on Saturday", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send now to 1 members" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Queued");
        Assert.Contains("Put in the outbox\t1", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        // Another party's message is not this officer's to see.
        var messages = omov.Services.GetRequiredService<MessageService>();
        var camden = (await messages.ComposeAsync(new MessageDraft("Camden AGM", "Dear {{first_name}},", MessageKind.Statutory, new Segment("CLP-002", [MemberStatus.Full])), "cli:test")).Value!;
        var refused = await page.GotoAsync("/Messages/Message?id=" + camden.Id.ToString("D"));
        Assert.Equal((int)HttpStatusCode.Forbidden, refused!.Status);
        Assert.Equal(["Canvassing on Saturday"], (await messages.ListAsync((await omov.Database.StaffAccounts.GetAsync("sec"))!)).Select(m => m.Subject));

        // The member follows the link in the email: no sign-in, and opening it changes nothing until they confirm.
        var token = (await omov.Database.Subscriptions.TokensAsync(["L0000001"]))["L0000001"];
        var member = await browser.NewPageAsync(omov.Address);
        await member.GotoAsync("/Unsubscribe/" + token);
        Assert.Equal(("L0000001", false), await omov.Database.Subscriptions.FindAsync(token));
        await member.GetByRole(AriaRole.Button, new() { Name = "Unsubscribe" }).ClickAsync();
        await Assertions.Expect(member.GetByRole(AriaRole.Status)).ToContainTextAsync("You are unsubscribed");
        await Accessibility.AssertNoViolationsAsync(member);
        Assert.Equal(("L0000001", true), await omov.Database.Subscriptions.FindAsync(token));

        using var http = new HttpClient { BaseAddress = omov.Address };
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(new Uri("/Unsubscribe/" + UnsubscribeToken.New(), UriKind.Relative))).StatusCode);

        var audit = await omov.AuditEntriesAsync();
        Assert.Contains(audit, e => e.Action == AuditActions.MessageCreated && e.Actor == "staff:sec");
        Assert.Contains(audit, e => e.Action == AuditActions.MessageQueued && e.Actor == "staff:sec" && e.Details["queued"] == "1");
        Assert.Contains(audit, e => e.Action == AuditActions.AccessRefused && e.Actor == "staff:sec" && e.Subject == camden.Id.ToString("D"));
        Assert.Contains(audit, e => e.Action == AuditActions.MemberUnsubscribed && e.Subject == "L0000001");
    }
}

public sealed class SqliteMessagePagesTests(Browser browser) : MessagePagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresMessagePagesTests(Browser browser) : MessagePagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
