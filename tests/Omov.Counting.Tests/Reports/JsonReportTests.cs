using System.Text.Json;
using Omov.Counting.Reports;

namespace Omov.Counting.Tests.Reports;

public sealed class JsonReportTests
{
    [Fact]
    public void Write_SmallStv_MatchesApprovedFile() =>
        Approvals.Verify(JsonReport.ToJson(SampleResults.SmallStv(), "example.blt"), "small-stv.json");

    [Fact]
    public void Write_SameResultTwice_IsByteIdentical()
    {
        using var first = new MemoryStream();
        using var second = new MemoryStream();
        JsonReport.Write(SampleResults.SmallStv(), first, "example.blt");
        JsonReport.Write(SampleResults.SmallStv(), second, "example.blt");
        Assert.Equal(first.ToArray(), second.ToArray());
    }

    [Fact]
    public void Write_Votes_AreExactDecimalsNotFloatingPoint()
    {
        using var document = JsonDocument.Parse(JsonReport.ToJson(SampleResults.SmallStv()));
        var stage2 = document.RootElement.GetProperty("stages")[1];
        Assert.Equal("30.40", stage2.GetProperty("votes").GetProperty("Ben BROWN").GetRawText());
        Assert.Equal("0.26", stage2.GetProperty("non_transferable").GetRawText());
        Assert.Equal("33.34", document.RootElement.GetProperty("quota").GetRawText());
        Assert.Equal("0.16", stage2.GetProperty("transfer_value").GetRawText());
        Assert.Equal(30.40m, stage2.GetProperty("votes").GetProperty("Ben BROWN").GetDecimal());
    }

    [Fact]
    public void Write_Layout_UsesTheFieldsOfTheReferenceExpectedFiles()
    {
        using var reference = JsonDocument.Parse(File.ReadAllText(SharedData.PathOf("scotland-official-stages", "dundee_2022_ward1.expected.json")));
        using var ours = JsonDocument.Parse(JsonReport.ToJson(SampleResults.SmallStv(), "example.blt"));
        string[] notOurs = ["official_names", "source", "transcription"];
        var missing = reference.RootElement.EnumerateObject().Select(p => p.Name).Except(notOurs)
            .Where(name => !ours.RootElement.TryGetProperty(name, out _)).ToList();
        Assert.Empty(missing);
        var stageFields = reference.RootElement.GetProperty("stages")[0].EnumerateObject().Select(p => p.Name);
        var ourStage = ours.RootElement.GetProperty("stages")[0];
        Assert.DoesNotContain(stageFields, name => !ourStage.TryGetProperty(name, out _));
    }

    [Fact]
    public void Write_RealErs97Count_FiguresAddUpToTheValidVoteExactly()
    {
        var ballots = Omov.Counting.Blt.BltReader.Read(SharedData.PathOf("ers97", "ers97.blt")).Ballots!;
        var result = Omov.Counting.Methods.CountingMethods.Find("ers97")!.Count(ballots, new CountOptions());
        using var document = JsonDocument.Parse(JsonReport.ToJson(result, "ers97.blt"));
        var valid = document.RootElement.GetProperty("valid_ballots").GetDecimal();
        foreach (var stage in document.RootElement.GetProperty("stages").EnumerateArray())
        {
            var total = stage.GetProperty("votes").EnumerateObject().Sum(p => p.Value.GetDecimal()) + stage.GetProperty("non_transferable").GetDecimal();
            Assert.Equal(valid, total);
        }
    }

    [Fact]
    public void Write_TieBrokenByLot_RecordsTieAndSeed()
    {
        using var document = JsonDocument.Parse(JsonReport.ToJson(SampleResults.SmallStv()));
        var tie = document.RootElement.GetProperty("tie_breaks")[0];
        Assert.Equal("lot", tie.GetProperty("resolution").GetString());
        Assert.Equal("Dora DEE", tie.GetProperty("chosen").GetString());
        Assert.Equal("5eed0fca11ab1e00", document.RootElement.GetProperty("tie_break_seed").GetString());
    }
}
