using Omov.Elections.Eligibility;
using Omov.Elections.Register;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Tests.Eligibility;

public sealed class FailureWordingTests
{
    [Fact]
    public void Describe_LeaderPreset_ReadsAsCountsForStaff() =>
        Assert.Equal(
            ["joined after 17:00 on 20 Jan 2020"],
            Presets.LeaderAndDeputy2020().Rules.OfType<JoinedByRule>().Select(FailureWording.Describe));

    [Theory]
    [InlineData("status not full or provisional")]
    [InlineData("not paid up by 19 Oct 2020")]
    [InlineData("joined after the end of 24 Aug 2020")]
    public void Describe_NecClpPreset_NamesEachRule(string expected) =>
        Assert.Contains(expected, Presets.NecClpSection2020().Rules.Select(FailureWording.Describe));

    [Fact]
    public void Describe_EveryPresetRule_SaysSomething()
    {
        foreach (var rule in Presets.All.SelectMany(p => p.Rulebook.Rules))
        {
            var words = FailureWording.Describe(rule);
            Assert.False(string.IsNullOrWhiteSpace(words));
            Assert.DoesNotContain("Rule", words, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Describe_Combinators_SayHowManyParts()
    {
        Rule joined = new JoinedByRule(LocalCutoff.EndOfDay(new DateOnly(2020, 8, 24)));
        Rule section = new SectionDeclaredRule(Section.Women, LocalCutoff.EndOfDay(new DateOnly(2022, 6, 17)));

        Assert.Equal("met none of 2 alternatives", FailureWording.Describe(new AnyOfRule([joined, section])));
        Assert.Equal("not self-identified as a woman by the end of 17 Jun 2022", FailureWording.Describe(section));
        Assert.Equal("excluded: the opposite of \"not a councillor\"", FailureWording.Describe(new NotRule(new CouncillorRule())));
    }
}
