using Omov.Data;
using Omov.Data.Tests.Providers;
using Omov.Delivery.Tests.Cli;

namespace Omov.Delivery.Tests.Reissue;

/// <summary><c>omov event reissue</c> and <c>omov event remind</c> through Program.Run, on both engines.</summary>
public abstract class ReissueCommandTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task Reissue_ByPost_ThenVotedMemberRefused_ThenRemind()
    {
        await using var test = await _provider.CreateAsync();
        ReissueScene scene;
        using (var db = await OmovDatabase.OpenAsync(test.Connection, TimeProvider.System, test.SecretKeyFile))
        {
            scene = await ReissueScene.CreateAsync(db, shiftToNow: true);
        }

        OmovRun.Of("event", "reissue", "lead-2020", ReissueScene.EmailVoter, "--reason", "email not received", "--channel", "post", "--db", test.Connection).AssertSuccess();
        OmovRun.Of("event", "reissue", "lead-2020", ReissueScene.Voted, "--reason", "lost", "--db", test.Connection)
            .AssertBadInput("Member L0000002 has already voted. Their vote stands and cannot be changed, so no new code can be issued.");
        OmovRun.Of("event", "reissue", "lead-2020", ReissueScene.EmailVoter, "--reason", "lost", "--channel", "fax", "--db", test.Connection)
            .AssertBadInput("--channel 'fax' is not email or post");
        OmovRun.Of("event", "reissue", "no-such", ReissueScene.EmailVoter, "--reason", "lost", "--db", test.Connection)
            .AssertBadInput("no ballot event has the code 'no-such' (see 'omov event list')");
        var remind = OmovRun.Of("event", "remind", "lead-2020", "--db", test.Connection).AssertSuccess();

        Assert.Equal("Reminder round 1 of lead-2020: 1 reminders queued (send with 'omov mail send').\n", remind.Out.ReplaceLineEndings("\n"));
        using var check = await OmovDatabase.OpenAsync(test.Connection, TimeProvider.System, test.SecretKeyFile);
        Assert.Single(await check.Reissues.ListPendingPostalAsync(scene.Event.Id));
        Assert.Equal(1, (await check.EmailOutbox.CountAsync()).Queued);
    }
}

public sealed class SqliteReissueCommandTests : ReissueCommandTests<SqliteProvider>;

public sealed class PostgresReissueCommandTests : ReissueCommandTests<PostgresProvider>;
