using System.Globalization;
using System.Text.Json;
using Omov.Counting.Arithmetic;
using Omov.Counting.Blt;
using Omov.Counting.Methods.Stv;

namespace Omov.Counting.Tests.Methods.Stv;

/// <summary>
/// Scottish STV against the councils' own stage-by-stage reports (Glasgow 2007 Linn, Dundee 2022):
/// every candidate's total and the non-transferable total at every stage, to the last of five places.
/// </summary>
public sealed class ScottishStvOfficialReportTests
{
    private const string Folder = "scotland-official-stages";

    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var file in SharedData.Files(Folder, "*.expected.json"))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Fact]
    public void Reports_AllEightPresent() => Assert.Equal(8, Reports().Count);

    [Theory]
    [MemberData(nameof(Reports))]
    public void Count_OfficialReport_MatchesEveryStageExactly(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf(Folder, report)));
        var root = json.RootElement;
        var read = BltReader.Read(SharedData.PathOf(Folder, root.GetProperty("file").GetString()!));
        Assert.True(read.Success);
        var names = root.GetProperty("candidates").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(names.Count, read.Ballots.Candidates.Count);

        var result = new ScottishStv().Count(read.Ballots, new CountOptions());

        Assert.Equal(root.GetProperty("valid_ballots").GetInt64(), result.ValidBallots);
        Assert.Equal(Format(root.GetProperty("quota").GetDecimal()), result.Quota!.Value.ToString(5));
        var expectedStages = root.GetProperty("stages").EnumerateArray().ToList();
        foreach (var stage in expectedStages)
        {
            var number = stage.GetProperty("number").GetInt32();
            Assert.True(result.Stages.Count >= number, $"the count stopped after {result.Stages.Count} stages; the report has stage {number}");
            var actual = result.Stages[number - 1];
            Assert.Equal(number, actual.Number);
            Assert.Equal(ActionOf(stage.GetProperty("action").GetString()!), actual.Action);
            Assert.Equal(
                stage.GetProperty("subject").EnumerateArray().Select(e => names.IndexOf(e.GetString()!)).Order(),
                actual.Subjects.Order());
            foreach (var vote in stage.GetProperty("votes").EnumerateObject())
            {
                var c = names.IndexOf(vote.Name);
                Assert.Equal($"stage {number} {vote.Name}: {Format(vote.Value.GetDecimal())}", $"stage {number} {vote.Name}: {actual.Votes[c].ToString(5)}");
            }

            Assert.Equal($"stage {number} non-transferable: {Format(stage.GetProperty("non_transferable").GetDecimal())}", $"stage {number} non-transferable: {actual.NonTransferable.ToString(5)}");
            Assert.Equal(IndicesOf(stage.GetProperty("elected"), names), actual.Elected.Order());
            Assert.Equal(IndicesOf(stage.GetProperty("excluded"), names), actual.Excluded.Order());
        }

        // A count may add a last stage that only declares the remaining seats (totals unchanged).
        Assert.InRange(result.Stages.Count, expectedStages.Count, expectedStages.Count + 1);
        if (result.Stages.Count > expectedStages.Count)
        {
            Assert.Equal(StageAction.Declaration, result.Stages[^1].Action);
            Assert.Equal(result.Stages[^2].Votes, result.Stages[^1].Votes);
        }

        Assert.Equal(IndicesOf(root.GetProperty("elected"), names), result.Elected.Order());
        Assert.Equal(root.GetProperty("excluded").EnumerateArray().Select(e => names.IndexOf(e.GetString()!)), result.Excluded);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Count_OfficialReport_EveryStageAddsUpToTheValidVote(string report)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf(Folder, report)));
        var read = BltReader.Read(SharedData.PathOf(Folder, json.RootElement.GetProperty("file").GetString()!));
        Assert.True(read.Success);

        var result = new ScottishStv().Count(read.Ballots, new CountOptions());

        StvAssert.EveryStageAddsUp(result);
    }

    private static IEnumerable<int> IndicesOf(JsonElement array, List<string> names) =>
        array.EnumerateArray().Select(e => names.IndexOf(e.GetString()!)).Order();

    private static string Format(decimal value) => value.ToString("F5", CultureInfo.InvariantCulture);

    private static StageAction ActionOf(string action) => action switch
    {
        "first-preferences" => StageAction.FirstPreferences,
        "surplus" => StageAction.Surplus,
        "exclusion" => StageAction.Exclusion,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "unknown stage action"),
    };
}
