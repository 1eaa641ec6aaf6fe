using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Audit;
using Omov.Elections.Register;
using Omov.Elections.Staff;
using Omov.Web.Tests.Infrastructure;
using RegisterData = Omov.Web.Tests.Infrastructure.Register;

namespace Omov.Web.Tests.Meetings;

/// <summary>A nomination meeting in the browser, from set-up through the door to the nomination and its minutes.</summary>
[Collection(BrowserTests.Name)]
public abstract class MeetingPagesTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    private static Member Extra(string number, string last, DateTimeOffset joined, DateOnly paidUpTo) => RegisterData.Members[0] with
    {
        MembershipNumber = number,
        FirstName = "Test",
        LastName = last,
        JoinedAt = joined,
        ContinuousSince = DateOnly.FromDateTime(joined.UtcDateTime),
        PaidUpTo = paidUpTo,
        Sections = [],
    };

    private static async Task SeedAsync(RunningOmov omov)
    {
        await RegisterData.SeedAsync(omov);
        var old = new DateTimeOffset(2015, 1, 1, 9, 0, 0, TimeSpan.Zero);
        await omov.Database.Members.BulkUpsertAsync(
        [
            Extra("L0000011", "Newjoiner", new DateTimeOffset(2020, 1, 10, 12, 0, 0, TimeSpan.Zero), new DateOnly(2099, 1, 1)),
            Extra("L0000012", "Owing", old, new DateOnly(2019, 12, 31)),
            Extra("L0000013", "Steady", old, new DateOnly(2099, 1, 1)),
        ]);
    }

    [Fact]
    public async Task Meeting_FromSetUpThroughTheDoorToTheNomination()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await SeedAsync(omov);
        var secret = await omov.AddStaffAsync("sec", StaffRole.LocalOfficer, localParty: "CLP-001");
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "sec", secret!);
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var start = TimeZoneInfo.ConvertTimeFromUtc(TimeProvider.System.GetUtcNow().UtcDateTime, london).AddHours(2);

        await page.GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up a meeting" }).ClickAsync();
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Leadership nomination meeting");
        await page.GetByLabel("Date", new() { Exact = true }).FillAsync(start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Start time", new() { Exact = true }).FillAsync(start.ToString("HH:mm", CultureInfo.InvariantCulture));
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Assembly Hall");
        await page.GetByLabel("Members since (on or before)").FillAsync("2019-12-17");
        await page.Locator("#contest-0").FillAsync("Leader");
        await page.Locator("#candidates-0").FillAsync("Long-Bailey\nNandy\nStarmer");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up the meeting" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Leadership nomination meeting", Level = 1 })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Check members in at the door" }).ClickAsync();
        await CheckInAsync(page, "Lovelace", "Check in L0000001");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("checked in");
        await Accessibility.AssertNoViolationsAsync(page);
        await CheckInAsync(page, "L0000013", "Check in L0000013");

        await page.GetByLabel("Name or membership number").FillAsync("Newjoiner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        Assert.Contains("Not eligible to attend: joined", await page.InnerTextAsync("ul.door"), StringComparison.Ordinal);
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the refusal of L0000011" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("not admitted");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Name or membership number").FillAsync("Owing");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.GetByLabel("Arrears paid at the door").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Check in L0000012 on payment" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("arrears paid at the door");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the meeting" }).ClickAsync();
        await EnterRoundAsync(page, 1, 1, 1);
        await page.GetByLabel("Whom did the lot drawn in the room exclude?", new() { Exact = false }).SelectOptionAsync(new SelectOptionValue { Label = "Nandy" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record the lot" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Nandy is excluded");
        await page.Locator("#votes-0-0").FillAsync("1");
        await page.Locator("#votes-0-2").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record round 2" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Leader: the meeting nominates Starmer.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Minutes" }).ClickAsync();
        Assert.Contains("Members attending\n3", await page.InnerTextAsync("dl.facts"), StringComparison.Ordinal);
        Assert.Contains("The meeting nominated Starmer (more than half of the votes cast).", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        var json = await page.Context.APIRequest.GetAsync(page.Url + "&format=json");
        using (var minutes = JsonDocument.Parse(await json.TextAsync()))
        {
            Assert.Equal(3, minutes.RootElement.GetProperty("attended").GetInt32());
            Assert.Equal(1, minutes.RootElement.GetProperty("paidAtDoor").GetInt32());
            var nomination = minutes.RootElement.GetProperty("nominations")[0];
            Assert.Equal("Starmer", nomination.GetProperty("nominee").GetString());
            Assert.Equal(2, minutes.RootElement.GetProperty("contests")[0].GetProperty("rounds").GetArrayLength());
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the meeting" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Printable sign-in sheet" }).ClickAsync();
        var sheet = await page.InnerTextAsync("table.sheet tbody");
        Assert.Contains("L0000001", sheet, StringComparison.Ordinal);
        Assert.Contains("L0000012", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("L0000011", sheet, StringComparison.Ordinal);
        Assert.DoesNotContain("L0000002", sheet, StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);

        var actions = (await omov.AuditEntriesAsync()).Select(e => e.Action).ToList();
        Assert.Contains(AuditActions.MeetingCreated, actions);
        Assert.Equal(3, actions.Count(a => a == AuditActions.MemberCheckedIn));
        Assert.Contains(AuditActions.CheckInRefused, actions);
        Assert.Equal(3, actions.Count(a => a == AuditActions.MeetingRoundRecorded));
        Assert.Contains(AuditActions.MeetingResult, actions);
    }

    [Fact]
    public async Task Meeting_OfficerOfAnotherParty_IsRefusedAndAudited()
    {
        await using var omov = await RunningOmov.StartAsync(Engine);
        await SeedAsync(omov);
        var owner = (await omov.Database.StaffAccounts.GetAsync("nobody")) is null;
        Assert.True(owner);
        var secret = await omov.AddStaffAsync("camden", StaffRole.LocalOfficer, localParty: "CLP-002");
        await omov.AddStaffAsync("hackney", StaffRole.LocalOfficer, localParty: "CLP-001");
        var hackney = await omov.Database.StaffAccounts.GetAsync("hackney");
        var meeting = (await new Omov.Data.Meetings.MeetingService(omov.Database).CreateAsync(hackney!, new Omov.Data.Meetings.MeetingSetup
        {
            LocalPartyCode = "CLP-001",
            Title = "Hackney nomination meeting",
            StartsLocal = new DateTime(2030, 2, 11, 20, 0, 0),
            DoorsCloseAfterMinutes = 20,
            Venue = "Town Hall",
            MemberSince = new DateOnly(2029, 12, 17),
            Contests = [new Omov.Elections.Meetings.MeetingContest("Leader", ["A", "B"])],
        })).Value!;
        var page = await browser.NewPageAsync(omov.Address);
        await StaffBrowser.SignInAsync(page, "camden", secret!);

        var response = await page.GotoAsync($"/Meetings/CheckIn?id={meeting.Id}&q=Lovelace");

        Assert.Equal((int)HttpStatusCode.Forbidden, response!.Status);
        Assert.Contains("may run the meetings of CLP-002 only", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.DoesNotContain("Lovelace", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Contains(await omov.AuditEntriesAsync(), e => e.Action == AuditActions.AccessRefused && e.Actor == "staff:camden" && e.Subject == meeting.Id.ToString("D"));
    }

    private static async Task CheckInAsync(IPage page, string search, string button)
    {
        await page.GetByLabel("Name or membership number").FillAsync(search);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = button }).ClickAsync();
    }

    private static async Task EnterRoundAsync(IPage page, params int[] votes)
    {
        for (var c = 0; c < votes.Length; c++)
        {
            await page.Locator($"#votes-0-{c}").FillAsync(votes[c].ToString(CultureInfo.InvariantCulture));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Record round 1" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("draw lots");
    }
}

public sealed class SqliteMeetingPagesTests(Browser browser) : MeetingPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresMeetingPagesTests(Browser browser) : MeetingPagesTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
