using Omov.Elections.Eligibility;
using Omov.Elections.Rulebooks;
using Omov.Elections.Tests.Eligibility;

namespace Omov.Elections.Tests.Rulebooks;

public sealed class PresetsTests
{
    public static TheoryData<string> Names() => [.. Presets.All.Select(p => p.Name)];

    private static Preset Named(string name) => Presets.All.Single(p => p.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void Preset_Validates(string name) =>
        Assert.Empty(RulebookValidator.Validate(Named(name).Rulebook, Fixtures.Tree));

    [Theory]
    [MemberData(nameof(Names))]
    public void Preset_RoundTripsThroughJson(string name)
    {
        string json = RulebookJson.Serialize(Named(name).Rulebook);
        var loaded = RulebookJson.Load(json, Fixtures.Tree);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        Assert.Equal(json, RulebookJson.Serialize(loaded.Rulebook!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Preset_CompilesAndHasDescriptionAndSource(string name)
    {
        Preset preset = Named(name);
        Assert.False(string.IsNullOrWhiteSpace(preset.Description));
        Assert.False(string.IsNullOrWhiteSpace(preset.Rulebook.Source));
        _ = EligibilityEvaluator.Compile(preset.Rulebook, Fixtures.Tree);
    }

    [Fact]
    public void All_LabourPresets_CiteASection() =>
        Assert.All(Presets.All.Where(p => p.Rulebook.Id.StartsWith("labour", StringComparison.Ordinal)),
            p => Assert.Contains("labour-rules.md §", p.Rulebook.Source, StringComparison.Ordinal));

    [Fact]
    public void All_IdsAndNamesAreUnique()
    {
        Assert.Equal(Presets.All.Count, Presets.All.Select(p => p.Rulebook.Id).Distinct().Count());
        Assert.Equal(Presets.All.Count, Presets.All.Select(p => p.Name).Distinct().Count());
        Assert.Equal(11, Presets.All.Count);
    }

    [Fact]
    public void NecWelsh2022_AffiliatedSupporterInWales_Eligible()
    {
        var tree = Fixtures.Tree;
        Assert.True(EligibilityEvaluator.Evaluate(Fixtures.Member(localParty: "CLP-CARDIFF", affiliate: "UNITE"), Presets.NecWelsh2022(), tree).IsEligible);
        Assert.False(EligibilityEvaluator.Evaluate(Fixtures.Member(localParty: "CLP-BOLTON"), Presets.NecWelsh2022(), tree).IsEligible);
    }

    [Fact]
    public void LondonAssembly2020_RejoinedAfterSep2018_NotEligible()
    {
        var rejoined = Fixtures.Member(continuousSince: new DateOnly(2019, 2, 1));
        var decision = EligibilityEvaluator.Evaluate(rejoined, Presets.LondonAssembly2020(), Fixtures.Tree);
        Assert.Equal("not eligible: a member continuously only since 1 Feb 2019, after 26 Sep 2018", decision.Summary);
    }

    [Fact]
    public void ClpNominationMeeting_MemberSince17Dec2019_EligibleAndDayLaterNot()
    {
        var book = Presets.ClpNominationMeeting(new DateOnly(2020, 2, 11), new DateOnly(2019, 12, 17));
        var onTime = Fixtures.Member(joinedAt: Fixtures.Utc(2019, 12, 17, 20, 0));
        var late = Fixtures.Member(joinedAt: Fixtures.Utc(2019, 12, 18, 9, 0));
        Assert.True(EligibilityEvaluator.Evaluate(onTime, book, Fixtures.Tree).IsEligible);
        var decision = EligibilityEvaluator.Evaluate(late, book, Fixtures.Tree);
        Assert.Equal(
            "not eligible: joined 18 Dec 2019, after the freeze date 17 Dec 2019; "
            + "a member continuously only since 18 Dec 2019: less than 8 weeks on 11 Feb 2020 (needed since 17 Dec 2019 or earlier)",
            decision.Summary);
    }

    [Fact]
    public void NecYouth2022_TwentySixYearOld_Eligible() =>
        Assert.True(EligibilityEvaluator.Evaluate(Fixtures.Member(dateOfBirth: new DateOnly(1996, 1, 1)), Presets.NecYouth2022(), Fixtures.Tree).IsEligible);

    [Fact]
    public void NecLocalGovernment_NonCouncillor_NotEligible() =>
        Assert.Equal("not eligible: not a serving councillor",
            EligibilityEvaluator.Evaluate(Fixtures.Member(), Presets.NecLocalGovernment(), Fixtures.Tree).Summary);
}
