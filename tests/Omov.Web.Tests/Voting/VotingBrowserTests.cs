using Microsoft.Playwright;
using Omov.Data;
using Omov.Elections.Secrecy.Ballots;
using Omov.Web.Tests.Infrastructure;

namespace Omov.Web.Tests.Voting;

/// <summary>Members voting in a real browser against a real server, on each engine; axe on every page.</summary>
[Collection(BrowserTests.Name)]
public abstract class VotingBrowserTests(Browser browser)
{
    protected abstract DatabaseEngine Engine { get; }

    [Fact]
    public async Task Vote_KeyboardOnlyAt320Pixels_CastsExactlyWhatWasChosenAndTheBoardShowsIt()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var code = await election.AddVoterAsync("L0000001");
        await election.AddVoterAsync("L0000002", "leader");
        var page = await browser.NewPageAsync(election.Omov.Address, width: 320);

        await page.GotoAsync("/vote");
        await Accessibility.AssertNoViolationsAsync(page);
        await TabToAsync(page, "code");
        await page.Keyboard.TypeAsync(code.ToDisplayText().Replace('-', ' ').ToLowerInvariant());
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/vote/ballot");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Party elections 2026", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("You may rank as many as you like; we recommend at least 2.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // First a ballot that cannot be read: a number used twice, two ticks where one is allowed.
        await TypeIntoAsync(page, "m1_1", "1");
        await TypeIntoAsync(page, "m1_2", "1");
        await TabToAsync(page, "m3_1");
        await page.Keyboard.PressAsync("Space");
        await TabToAsync(page, "m3_2");
        await page.Keyboard.PressAsync("Space");
        await SubmitAsync(page, "Check my votes");
        var problems = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        Assert.Contains("Leader: you gave the number 1 to more than one candidate (Ann Archer, Bob Baker). Use each number once.", problems, StringComparison.Ordinal);
        Assert.Contains("Disabled members' representative: you may tick up to 1 candidate; you ticked 2.", problems, StringComparison.Ordinal);
        Assert.Equal("1", await page.InputValueAsync("#m1_2"));
        await Accessibility.AssertNoViolationsAsync(page);

        // Then put right: Bob first, Ann second; NEC 1 and 3 (2 skipped); Ivy; no delegates.
        await TypeIntoAsync(page, "m1_1", "2");
        await TypeIntoAsync(page, "m2_1", "1");
        await TypeIntoAsync(page, "m2_3", "3");
        await TabToAsync(page, "m3_1");
        await page.Keyboard.PressAsync("Space");
        await SubmitAsync(page, "Check my votes");
        await page.WaitForURLAsync("**/vote/review");
        var review = await page.InnerTextAsync("main");
        Assert.Contains("NEC (CLP section): your numbers skip 2. Your preferences will be read in the order you gave them", review, StringComparison.Ordinal);
        Assert.Contains("Conference delegates: you have not voted. This contest will be left blank.", review, StringComparison.Ordinal);
        Assert.Equal(["Bob Baker", "Ann Archer"], await page.Locator("#review-1 + ol li").AllInnerTextsAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        await SubmitAsync(page, "Cast my vote");
        await page.WaitForURLAsync("**/vote/receipt");
        var tracking = (await page.InnerTextAsync("#tracking-code")).Trim();
        Assert.Matches("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$", tracking);
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "See the bulletin board" }).ClickAsync();
        await page.WaitForURLAsync("**/board/ballot-2026**");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"Your ballot {tracking} is in the box.");
        Assert.Equal([tracking], await page.Locator("ul.tracking-codes li").AllInnerTextsAsync());
        await Accessibility.AssertNoViolationsAsync(page);

        var stored = Assert.Single(await election.OpenBoxAsync());
        Assert.Equal(new BallotPlaintext([ContestChoice.Ranking(1, [2, 1]), ContestChoice.Ranking(2, [1, 3]), ContestChoice.Selection(3, [2]), ContestChoice.Blank(4)]), stored);
        var turnout = await election.Database.Votes.ReadTurnoutAsync(election.Event.Id);
        Assert.Equal((2L, 1L, 1L), (turnout.Voters, turnout.VotedOnWeb, turnout.BallotsInBox));

        // The code is used up: the link now says so.
        await page.GotoAsync("/vote/" + code.ToLinkToken());
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You have already voted" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Vote_CastInTwoTabsAtOnce_OneBallotAndTheOtherTabSaysAlreadyVoted()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var code = await election.AddVoterAsync("L0000001", "leader rep");
        var first = await browser.NewPageAsync(election.Omov.Address);
        await first.GotoAsync("/vote/" + code.ToLinkToken());
        await first.WaitForURLAsync("**/vote/ballot");
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync("/vote/ballot");

        foreach (var (tab, choice) in new[] { (first, "m1_1"), (second, "m1_3") })
        {
            await tab.FillAsync("#" + choice, "1");
            await tab.GetByRole(AriaRole.Button, new() { Name = "Check my votes" }).ClickAsync();
            await tab.WaitForURLAsync("**/vote/review");
        }

        await Task.WhenAll(
            first.GetByRole(AriaRole.Button, new() { Name = "Cast my vote" }).ClickAsync(),
            second.GetByRole(AriaRole.Button, new() { Name = "Cast my vote" }).ClickAsync());
        await Task.WhenAll(first.WaitForLoadStateAsync(), second.WaitForLoadStateAsync());

        var headings = new[] { await first.InnerTextAsync("h1"), await second.InnerTextAsync("h1") };
        Assert.Contains("Your vote has been cast", headings);
        Assert.Contains("You have already voted", headings);
        var loser = headings[0] == "You have already voted" ? first : second;
        Assert.Contains("Your vote cannot be changed.", await loser.InnerTextAsync("main"), StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(loser);
        Assert.Single(await election.OpenBoxAsync());
    }

    [Fact]
    public async Task Vote_WithoutJavaScriptInWelsh_CastsAndShowsTheReceipt()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var code = await election.AddVoterAsync("L0000001", "nec delegates");
        var page = await browser.NewPageAsync(election.Omov.Address, width: 320, javaScript: false);

        await page.GotoAsync("/vote/" + code.ToLinkToken());
        await page.WaitForURLAsync("**/vote/ballot");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cymraeg" }).ClickAsync();
        await page.WaitForURLAsync("**/vote/ballot");
        Assert.Equal("cy", await page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Party elections 2026" })).ToBeVisibleAsync();
        // Contests keep their numbers in the event's layout: this member has the 2nd and the 4th.
        await page.FillAsync("#m2_2", "1");
        await page.CheckAsync("#m4_1");
        await page.CheckAsync("#m4_3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gwirio fy mhleidleisiau" }).ClickAsync();
        await page.WaitForURLAsync("**/vote/review");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gwirio eich pleidleisiau" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bwrw fy mhleidlais" }).ClickAsync();
        await page.WaitForURLAsync("**/vote/receipt");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mae eich pleidlais wedi'i bwrw" })).ToBeVisibleAsync();
        var tracking = (await page.InnerTextAsync("#tracking-code")).Trim();

        await page.GetByRole(AriaRole.Link, new() { Name = "Gweld yr hysbysfwrdd" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync(tracking);
        var stored = Assert.Single(await election.OpenBoxAsync());
        Assert.Equal(new BallotPlaintext([ContestChoice.Ranking(2, [2]), ContestChoice.Selection(4, [1, 3])]), stored);
    }

    [Fact]
    public async Task Pages_InWelsh_HaveNoAccessibilityViolations()
    {
        await using var election = await TestElection.StartAsync(Engine);
        var code = await election.AddVoterAsync("L0000001");
        var page = await browser.NewPageAsync(election.Omov.Address, width: 320);

        await page.GotoAsync("/vote/language/cy?return=%2Fvote");
        await page.WaitForURLAsync("**/vote");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/vote/" + code.ToLinkToken());
        await page.WaitForURLAsync("**/vote/ballot");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GotoAsync("/board/" + election.Event.Code + "?code=nonsense");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mae gan god olrhain 16 o lythrennau a digidau.");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    /// <summary>Presses Tab until the element with <paramref name="id"/> has the focus: it can be reached by keyboard.</summary>
    private static async Task TabToAsync(IPage page, string id)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await page.EvaluateAsync<string>("document.activeElement && document.activeElement.id") == id)
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        Assert.Fail($"#{id} could not be reached with the Tab key");
    }

    private static async Task TypeIntoAsync(IPage page, string id, string text)
    {
        await TabToAsync(page, id);
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync(text);
    }

    private static async Task SubmitAsync(IPage page, string button)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);
    }
}

public sealed class SqliteVotingBrowserTests(Browser browser) : VotingBrowserTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Sqlite;
}

public sealed class PostgresVotingBrowserTests(Browser browser) : VotingBrowserTests(browser)
{
    protected override DatabaseEngine Engine => DatabaseEngine.Postgres;
}
