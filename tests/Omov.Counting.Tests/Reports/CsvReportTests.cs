using Omov.Counting.Reports;

namespace Omov.Counting.Tests.Reports;

public sealed class CsvReportTests
{
    [Fact]
    public void Write_SmallStv_MatchesApprovedFile() =>
        Approvals.Verify(Render(SampleResults.SmallStv()), "small-stv.csv");

    [Fact]
    public void Write_SmallStv_HasOneRowPerCandidatePerStagePlusNonTransferable()
    {
        var result = SampleResults.SmallStv();
        var lines = Render(result).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("stage,action,candidate,votes,status", lines[0]);
        Assert.Equal(1 + (result.Stages.Count * (result.Candidates.Count + 1)), lines.Length);
        Assert.Contains("2,surplus,Non-transferable,0.26,", lines);
    }

    [Fact]
    public void Write_NameWithCommaAndQuotes_IsQuotedTheRfc4180Way()
    {
        var text = Render(SampleResults.SmallStv());
        Assert.Contains("4,declaration,\"Cath \"\"CJ\"\" COLE, Jr. <Lab & Co>\",28.00,elected\r\n", text, StringComparison.Ordinal);
    }

    private static string Render(CountResult result)
    {
        using var writer = new StringWriter();
        CsvReport.Write(result, writer);
        return writer.ToString();
    }
}
