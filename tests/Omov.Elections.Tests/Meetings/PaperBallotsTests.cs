using Omov.Elections.Meetings;

namespace Omov.Elections.Tests.Meetings;

public sealed class PaperBallotsTests
{
    [Fact]
    public void Parse_PilesSinglesAndBlanks_ReadsEach()
    {
        var (papers, problem) = PaperBallots.Parse("12: 3 1 2\n2,1\n\n4:", 3);

        Assert.Null(problem);
        Assert.Equal(3, papers.Count);
        Assert.Equal("12:2,0,1", papers[0].Count + ":" + string.Join(',', papers[0].Ranking));
        Assert.Equal("1:1,0", papers[1].Count + ":" + string.Join(',', papers[1].Ranking));
        Assert.Equal("4:", papers[2].Count + ":" + string.Join(',', papers[2].Ranking));
        Assert.Equal("12: 3 1 2\n1: 2 1\n4: ", PaperBallots.Format(papers));
    }

    [Theory]
    [InlineData("1: 1 1", "line 1: candidate 1 is ranked twice")]
    [InlineData("1: 2\nx: 1", "line 2: 'x' is not a number of papers (a whole number of at least 1 before the ':')")]
    [InlineData("0: 1", "line 1: '0' is not a number of papers (a whole number of at least 1 before the ':')")]
    [InlineData("1: 4", "line 1: '4' is not a candidate number (1 to 3, in statement order)")]
    [InlineData("  \n", "no papers were entered")]
    public void Parse_BadText_NamesTheLine(string text, string problem)
    {
        Assert.Equal(problem, PaperBallots.Parse(text, 3).Problem);
    }
}
