using System.Data.Common;
using System.Globalization;
using Omov.Data.Tests.Providers;
using Omov.Data.Voting;
using Omov.Elections.Credentials;
using Omov.Elections.Rolls;
using Omov.Elections.Secrecy.Keys;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Data.Tests.Voting;

/// <summary>
/// What someone holding a full copy of the database could learn: every table read whole, as a
/// dump would, after members have voted by web and by post.
/// </summary>
public abstract class BallotSecrecyTests<TProvider>
    where TProvider : IDatabaseProvider, new()
{
    private readonly TProvider _provider = new();

    [Fact]
    public async Task Dump_AfterVoting_NoValueOfABallotRowAppearsAnywhereElse_AndNoVoterValueInTheBox()
    {
        await using var test = await _provider.CreateAsync();
        using var db = await test.OpenAsync();
        var eventId = Guid.NewGuid();
        var key = TestKeys.NewPublicKey();
        var codes = Enumerable.Range(1, 6).Select(_ => VotingCode.Generate()).ToList();
        await db.Votes.AddVotersAsync(eventId, codes.Select((c, i) => new NewVoter($"L{i:0000000}", ["leader"], DeliveryChannel.Email, VotingCodeHash.Compute(eventId.ToString("D"), c))), DateTimeOffset.UnixEpoch);
        for (var i = 0; i < 5; i++)
        {
            var ballot = BallotSealer.Seal(key, new byte[32], BallotContext.ForEvent(eventId.ToString("D")));
            Assert.Equal(CastOutcome.Cast, i < 4
                ? await db.Votes.CastAsync(eventId, VotingCodeHash.Compute(eventId.ToString("D"), codes[i]), ballot)
                : await db.Votes.CastPostalAsync(eventId, $"L{i:0000000}", ballot, DateTimeOffset.UnixEpoch));
        }

        var dump = await DumpAsync(db);

        var box = dump["ballot_box"];
        Assert.Equal(["event_id", "id", "sealed", "tracking_code"], box.Columns.Order(StringComparer.Ordinal));
        Assert.Equal(5, box.Rows.Count);
        var elsewhere = dump.Where(t => t.Key != "ballot_box").SelectMany(t => t.Value.Rows.SelectMany(r => r)).ToHashSet(StringComparer.Ordinal);
        var eventText = eventId.ToString("D");
        Assert.All(box.Rows.SelectMany(r => r).Where(v => v != eventText), value => Assert.DoesNotContain(value, elsewhere));
        var boxValues = box.Rows.SelectMany(r => r).ToHashSet(StringComparer.Ordinal);
        Assert.All(dump["event_voters"].Rows.SelectMany(r => r).Concat(dump["voting_credentials"].Rows.SelectMany(r => r)).Where(v => v != eventText),
            value => Assert.DoesNotContain(value, boxValues));
        Assert.DoesNotContain(dump["event_voters"].Columns, c => c.Contains("time", StringComparison.Ordinal) || c.EndsWith("_at", StringComparison.Ordinal));
    }

    private sealed record Table(IReadOnlyList<string> Columns, List<string[]> Rows);

    private static async Task<Dictionary<string, Table>> DumpAsync(OmovDatabase db)
    {
        await using var connection = await db.OpenConnectionAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = db.Engine == DatabaseEngine.Sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
                : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var dump = new Dictionary<string, Table>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var select = connection.CreateCommand();
#pragma warning disable CA2100 // Table names come from the database's own catalogue.
            select.CommandText = $"SELECT * FROM \"{name}\"";
#pragma warning restore CA2100
            await using var reader = await select.ExecuteReaderAsync();
            var columns = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToList();
            var rows = new List<string[]>();
            while (await reader.ReadAsync())
            {
                rows.Add([.. Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader, i))]);
            }

            dump[name] = new Table(columns, rows);
        }

        return dump;
    }

    private static string Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? "" : reader.GetValue(ordinal) switch
    {
        byte[] bytes => Convert.ToHexString(bytes),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        var other => other.ToString() ?? "",
    };
}

public sealed class SqliteBallotSecrecyTests : BallotSecrecyTests<SqliteProvider>;

public sealed class PostgresBallotSecrecyTests : BallotSecrecyTests<PostgresProvider>;
