using Microsoft.Playwright;
using Omov.Data;
using Omov.Data.Services;
using Omov.Elections.Audit;
using Omov.Elections.Events;
using Omov.Elections.Rulebooks;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Events;

/// <summary>Ballot events in the browser: create from a preset, a refused move with its reasons, issuing with progress, figures, a ballot preview.</summary>
[Collection(BrowserTests.Name)]
public abstract class EventPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Event_CreateRefusedMoveIssueAndPreview_WorkAndAreAccessible()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await RegisterData.SeedAsync(omov);
        // The leadership preset votes on the roll of contest labour-leader-deputy-2020; here its rulebook admits the seed's paid-up full members.
        var db = omov.Database;
        Assert.True((await new ContestService(db).AddAsync("labour-leader-deputy-2020", "Leader and Deputy", Presets.Find("generic-full-members-paid-up")!.Rulebook, "test")).Success);
        var frozen = (await new RollService(db).FreezeAsync("labour-leader-deputy-2020", "test")).Value!;
        Assert.True(await db.Rolls.ApproveAsync(frozen.Stored.Id, frozen.Stored.Digest, "ro", db.Time.GetUtcNow()));
        var voter = frozen.Roll.Entries[0].MembershipNumber;
        var admin = await omov.AddStaffAsync("admin", StaffRole.Administrator);
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "admin", admin!);

        await page.GetByRole(AriaRole.Link, new() { Name = "Ballot events" }).ClickAsync();
        await page.GetByLabel("Start from").SelectOptionAsync("labour-leadership-2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a draft event" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Election of Labour Leader and Deputy Leader 2020", Level = 1 })).ToBeVisibleAsync();
        Assert.Contains("approved, frozen", await page.InnerTextAsync("table"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        // The 2020 timetable is past: scheduling is refused, with the reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "Move to scheduled" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("was due to open");
        await Accessibility.AssertNoViolationsAsync(page);

        var stored = (await db.BallotEvents.GetAsync("labour-leadership-2020"))!;
        Assert.True(await db.BallotEvents.ChangeStatusAsync(stored.Id, BallotEventStatus.Draft, BallotEventStatus.Scheduled));
        await page.GotoAsync("/Events/Event?code=labour-leadership-2020");
        await page.GetByRole(AriaRole.Button, new() { Name = "Issue credentials" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Credentials issued", Level = 1 })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the event" }).ClickAsync();
        var figures = await page.Locator("dl.facts").Nth(1).InnerTextAsync();
        Assert.Contains($"Ballots issued\n{frozen.Roll.Entries.Count(e => e.Channel == Omov.Elections.Rolls.DeliveryChannel.Email)}", figures, StringComparison.Ordinal);
        Assert.Contains("Voted\n0", figures, StringComparison.Ordinal);
        await page.GetByLabel("Membership number").FillAsync(voter);
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.List, new() { Name = "Ballot of " + voter })).ToContainTextAsync("Deputy Leader of the Labour Party");
        await Accessibility.AssertNoViolationsAsync(page);

        var entries = await db.AuditLog.ReadLatestAsync(50);
        Assert.Contains(entries, e => e.Action == AuditActions.EventCreated && e.Actor == "staff:admin");
        Assert.Contains(entries, e => e.Action == AuditActions.EventCredentialsIssued && e.Actor == "staff:admin");
        Assert.Contains(entries, e => e.Action == AuditActions.MemberViewed && e.Subject == voter);
        Assert.DoesNotContain(entries, e => e.Action == AuditActions.EventStatusChanged);
    }
}

public sealed class SqliteEventPagesTests(Browser browser) : EventPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresEventPagesTests(Browser browser) : EventPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
