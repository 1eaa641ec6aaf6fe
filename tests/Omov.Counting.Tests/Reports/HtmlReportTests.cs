using Omov.Counting.Reports;

namespace Omov.Counting.Tests.Reports;

public sealed class HtmlReportTests
{
    [Fact]
    public void Write_SmallStv_MatchesApprovedFile() =>
        Approvals.Verify(Render(SampleResults.SmallStv()), "small-stv.html");

    [Fact]
    public void Write_CandidateNames_AreHtmlEncoded()
    {
        var html = Render(SampleResults.SmallStv());
        Assert.DoesNotContain("<Lab & Co>", html, StringComparison.Ordinal);
        Assert.Contains("Cath &quot;CJ&quot; COLE, Jr. &lt;Lab &amp; Co&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Page_IsSelfContainedAndAccessible()
    {
        var html = Render(SampleResults.SmallStv());
        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Charts_DrawAQuotaLineOnEveryStage()
    {
        var result = SampleResults.SmallStv();
        var html = Render(result);
        Assert.Equal(result.Stages.Count, html.Split("<figure class=\"chart\">").Length - 1);
        // The quota 33.34 on a scale whose largest figure is Ann's 40.00: 83.35% of the width.
        Assert.Contains("class=\"quota\" style=\"left:83.35%\"", html, StringComparison.Ordinal);
    }

    private static string Render(CountResult result)
    {
        using var writer = new StringWriter();
        HtmlReport.Write(result, writer, "example.blt");
        return writer.ToString();
    }
}
