using Omov.Elections.Delegates;

namespace Omov.Elections.Tests.Delegates;

public sealed class DelegateRulesJsonTests
{
    [Fact]
    public void Labour2022_RoundTripsThroughJson()
    {
        string json = DelegateRulesJson.Serialize(DelegatePresets.Labour2022());
        var loaded = DelegateRulesJson.Load(json);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        Assert.Equal(json, DelegateRulesJson.Serialize(loaded.Rules));
        Assert.Contains("\"firstBand\": 749", json, StringComparison.Ordinal);
        Assert.Contains("\"rounding\": \"up\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ZeroBandSize_NamesThePath()
    {
        string json = DelegateRulesJson.Serialize(DelegatePresets.Labour2022()).Replace("\"bandSize\": 250", "\"bandSize\": 0", StringComparison.Ordinal);
        var loaded = DelegateRulesJson.Load(json);
        Assert.False(loaded.Success);
        Assert.Equal("$.bands.bandSize", loaded.Errors.Single().Path);
    }

    [Fact]
    public void Load_CapBelowFirstBand_NamesThePath()
    {
        string json = DelegateRulesJson.Serialize(DelegatePresets.Labour2022()).Replace("\"cap\": 6", "\"cap\": 0", StringComparison.Ordinal);
        Assert.Equal("$.bands.cap", DelegateRulesJson.Load(json).Errors.Single().Path);
    }

    [Fact]
    public void Load_UnknownRounding_NamesThePathAndLine()
    {
        string json = DelegateRulesJson.Serialize(DelegatePresets.Labour2022()).Replace("\"rounding\": \"up\"", "\"rounding\": \"sideways\"", StringComparison.Ordinal);
        var error = DelegateRulesJson.Load(json).Errors.Single();
        Assert.Equal("$.bands.rounding", error.Path);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Load_UnknownProperty_IsRefused()
    {
        string json = DelegateRulesJson.Serialize(DelegatePresets.Labour2022()).Replace("\"firstBand\": 749", "\"firstBand\": 749, \"bogus\": 1", StringComparison.Ordinal);
        Assert.False(DelegateRulesJson.Load(json).Success);
    }

    [Fact]
    public void Load_MissingBands_IsRefused()
    {
        var loaded = DelegateRulesJson.Load("{\"id\":\"x\",\"version\":1,\"title\":\"t\",\"counted\":{\"statuses\":[\"full\"]},\"gender\":{\"womenEvery\":2,\"oddRounding\":\"down\",\"singleDelegateAlternates\":true}}");
        Assert.False(loaded.Success);
    }

    [Fact]
    public void Load_NoStatuses_NamesThePath()
    {
        string json = DelegateRulesJson.Serialize(DelegatePresets.Labour2022()).Replace("\"full\"", string.Empty, StringComparison.Ordinal);
        Assert.Contains(DelegateRulesJson.Load(json).Errors, e => e.Path == "$.counted.statuses");
    }

    [Fact]
    public void Load_YouthAgeZero_NamesThePath()
    {
        string json = DelegateRulesJson.Serialize(DelegatePresets.Labour2022()).Replace("\"ageUnder\": 27", "\"ageUnder\": 0", StringComparison.Ordinal);
        Assert.Equal("$.youth.ageUnder", DelegateRulesJson.Load(json).Errors.Single().Path);
    }
}
