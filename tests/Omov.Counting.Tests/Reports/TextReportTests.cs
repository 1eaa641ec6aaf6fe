using Omov.Counting.Reports;

namespace Omov.Counting.Tests.Reports;

public sealed class TextReportTests
{
    [Fact]
    public void Write_SmallStv_MatchesApprovedFile() =>
        Approvals.Verify(Render(SampleResults.SmallStv(), "example.blt"), "small-stv.txt");

    [Fact]
    public void Write_ManyStages_MatchesApprovedFile() =>
        Approvals.Verify(Render(SampleResults.ManyStages(), null), "many-stages.txt");

    [Fact]
    public void Write_ManyStages_SplitsStageColumnsIntoBlocksThatFit100Characters()
    {
        var text = Render(SampleResults.ManyStages(), null);
        var table = text[..text.IndexOf("E = elected", StringComparison.Ordinal)];
        Assert.All(table.Split('\n'), line => Assert.True(line.Length <= TextReport.DefaultWidth, line));
        Assert.Contains("Stages 1 to ", text, StringComparison.Ordinal);
        Assert.Contains(" to 14 of 14", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_RealCountsOfOfficialWards_StageTablesFitTheWidth()
    {
        var method = Omov.Counting.Methods.CountingMethods.Find("ers97")!;
        foreach (var file in SharedData.Files("scotland-official-stages", "*.blt"))
        {
            var ballots = Omov.Counting.Blt.BltReader.Read(file).Ballots!;
            var text = Render(method.Count(ballots, new CountOptions()), Path.GetFileName(file));
            var table = text[..text.IndexOf("E = elected", StringComparison.Ordinal)];
            Assert.All(table.Split('\n'), line => Assert.True(line.Length <= TextReport.DefaultWidth, $"{Path.GetFileName(file)}: {line}"));
        }
    }

    [Fact]
    public void Write_TieBrokenByLot_TellsHowToRecountWithTheSeed()
    {
        var text = Render(SampleResults.SmallStv(), null);
        Assert.Contains("chosen by lot (seed 5eed0fca11ab1e00)", text, StringComparison.Ordinal);
        Assert.Contains("--tie-break seed=5eed0fca11ab1e00", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Output_HasNoTrailingSpacesAndEndsInNewline()
    {
        var text = Render(SampleResults.SmallStv(), "example.blt");
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(" \n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }

    private static string Render(CountResult result, string? file)
    {
        using var writer = new StringWriter();
        TextReport.Write(result, writer, file);
        return writer.ToString();
    }
}
