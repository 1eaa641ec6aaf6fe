using Omov.Elections.Nominations;

namespace Omov.Elections.Tests.Nominations;

public sealed class NominationThresholdsJsonTests
{
    [Fact]
    public void Load_EveryPreset_RoundTrips()
    {
        foreach (var preset in ThresholdPresets.All)
        {
            string json = NominationThresholdsJson.Serialize(preset.Thresholds);
            var loaded = NominationThresholdsJson.Load(json);

            Assert.True(loaded.Success, string.Join("; ", loaded.Errors));
            Assert.Equal(json, NominationThresholdsJson.Serialize(loaded.Thresholds));
        }
    }

    [Fact]
    public void Serialize_Leader2020_WritesRoundingAndTypesAsWords()
    {
        string json = NominationThresholdsJson.Serialize(ThresholdPresets.Leader2020());

        Assert.Contains("\"rounding\": \"up\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\": \"electedMembers\"", json, StringComparison.Ordinal);
        Assert.Contains("\"nominationsPerBody\": 1", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_PercentOutOfRange_NamesItsPath()
    {
        const string json = """
            { "id": "t", "version": 1, "title": "T",
              "requirement": { "type": "allOf", "of": [ { "type": "electedMembers", "percent": 120 } ] } }
            """;

        var loaded = NominationThresholdsJson.Load(json);

        Assert.False(loaded.Success);
        Assert.Equal("$.requirement.of[0].percent", Assert.Single(loaded.Errors).Path);
    }

    [Fact]
    public void Load_PercentAndCount_Refused()
    {
        var loaded = NominationThresholdsJson.Load("""{ "id": "t", "version": 1, "title": "T", "requirement": { "type": "localParties", "percent": 5, "count": 5 } }""");

        Assert.Equal("$.requirement", Assert.Single(loaded.Errors).Path);
    }

    [Fact]
    public void Load_MoreUnionsThanAffiliates_Refused()
    {
        var loaded = NominationThresholdsJson.Load("""{ "id": "t", "version": 1, "title": "T", "requirement": { "type": "affiliates", "minimum": 2, "minimumUnions": 3 } }""");

        Assert.Equal("$.requirement.minimumUnions", Assert.Single(loaded.Errors).Path);
    }

    [Fact]
    public void Load_UnknownType_SaysWhichTypesExist()
    {
        var loaded = NominationThresholdsJson.Load("""{ "id": "t", "version": 1, "title": "T", "requirement": { "type": "councillors", "count": 5 } }""");

        var error = Assert.Single(loaded.Errors);
        Assert.Contains("unknown type 'councillors'", error.Message, StringComparison.Ordinal);
        Assert.Contains("electedMembers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRounding_Refused()
    {
        var loaded = NominationThresholdsJson.Load("""{ "id": "t", "version": 1, "title": "T", "rounding": "sideways", "requirement": { "type": "localParties", "count": 5 } }""");

        Assert.Equal("$.rounding", Assert.Single(loaded.Errors).Path);
    }

    [Fact]
    public void Load_BadCandidateRule_PathPointsIntoCandidateRules()
    {
        var loaded = NominationThresholdsJson.Load("""
            { "id": "t", "version": 1, "title": "T", "requirement": { "type": "localParties", "count": 5 },
              "candidateRules": [ { "type": "status", "allowed": [] } ] }
            """);

        Assert.Equal("$.candidateRules[0].allowed", Assert.Single(loaded.Errors).Path);
    }

    [Fact]
    public void Load_NotJson_ReportsLine()
    {
        var loaded = NominationThresholdsJson.Load("{\n \"id\": ");

        Assert.NotNull(Assert.Single(loaded.Errors).Line);
    }
}
