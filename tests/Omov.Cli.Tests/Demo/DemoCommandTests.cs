using Omov.Data;
using Omov.Data.Demo;
using Omov.Elections.Events;

namespace Omov.Cli.Tests.Demo;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Demo_NoServe_OpensAnEventWithApprovedRollsAProvenKeyAndIssuedCodes()
    {
        using var folder = new TempFolder();
        var file = folder.File("demo.db");

        var run = CliRun.Of("demo", "--db", file, "--members", "600", "--no-serve").AssertSuccess();

        Assert.Contains("ballot event 'demo-2026', open for voting, with 4 contests", run.Out, StringComparison.Ordinal);
        Assert.Equal(5, run.Out.Split('\n').Count(l => l.Contains("/vote/", StringComparison.Ordinal)));
        Assert.Contains("returning-officer", run.Out, StringComparison.Ordinal);
        using var database = await OmovDatabase.OpenAsync(file);
        Assert.Equal(600, await database.Members.CountAsync());
        var stored = await database.BallotEvents.GetAsync(DemoElection.EventCode);
        Assert.Equal(BallotEventStatus.Open, stored!.Status);
        Assert.True((await database.KeyCeremonies.GetAsync(stored.Id))!.Proven);
        Assert.True((await database.Votes.ReadTurnoutAsync(stored.Id)).Voters > 300);
        Assert.Equal(["leader", "deputy", "nec-clp", "nec-disabled"], stored.Contests.Select(c => c.Code));
        var necClp = stored.Contest("nec-clp")!;
        Assert.Equal(("ers97", 9), (necClp.Method, necClp.Seats));
        Assert.True(necClp.Candidates.Count(c => c.Groups.Contains("women")) >= 4);
        foreach (var roll in stored.Contests.Select(c => c.RollContest).Distinct())
        {
            var contest = await database.Contests.GetAsync(roll);
            Assert.NotNull(await database.Rolls.GetApprovedAsync(contest!.Id));
        }

        // Every printed password signs in: the line for admin carries its password.
        var admin = run.Out.Split('\n').Single(l => l.TrimStart().StartsWith("admin ", StringComparison.Ordinal));
        var password = admin.Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];
        var account = await database.StaffAccounts.GetAsync("admin");
        Assert.Equal(Omov.Elections.Staff.PasswordVerification.Success, new Omov.Elections.Staff.PasswordHasher().Verify(password, account!.PasswordHash));
    }

    [Fact]
    public async Task DemoCode_DemoAccount_PrintsSixDigits_AndRefusesOtherDatabases()
    {
        using var folder = new TempFolder();
        var demo = folder.File("demo.db");
        CliRun.Of("demo", "--db", demo, "--members", "200", "--no-serve").AssertSuccess();

        var code = CliRun.Of("demo", "code", "scrutineer-2", "--db", demo).AssertSuccess();

        Assert.Matches("^[0-9]{6}$", code.Out.Trim());
        CliRun.Of("demo", "code", "nobody", "--db", demo).AssertBadInput();
        var plain = folder.File("plain.db");
        (await OmovDatabase.OpenAsync(plain)).Dispose();

        Assert.Contains("not made by 'omov demo'", CliRun.Of("demo", "code", "admin", "--db", plain).AssertBadInput().Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_ExistingFileOrBadNumbers_RefusedWithoutTouchingIt()
    {
        using var folder = new TempFolder();
        var existing = folder.Write("existing.db", "not a database");

        Assert.Contains("already exists", CliRun.Of("demo", "--db", existing, "--no-serve").AssertBadInput().Error, StringComparison.Ordinal);
        Assert.Equal("not a database", File.ReadAllText(existing));
        CliRun.Of("demo", "--db", folder.File("a.db"), "--members", "5", "--no-serve").AssertBadInput();
        CliRun.Of("demo", "--db", folder.File("b.db"), "--close-in", "0", "--no-serve").AssertBadInput();
        CliRun.Of("demo", "--db", "Host=localhost;Database=x", "--no-serve").AssertBadInput();
        Assert.False(File.Exists(folder.File("a.db")));
    }
}
