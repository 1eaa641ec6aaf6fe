using Omov.Elections.Register;
using Omov.Elections.Rulebooks;
using Omov.Elections.Tests.Eligibility;

namespace Omov.Elections.Tests.Rulebooks;

public sealed class RulebookJsonTests
{
    private static RulebookError SingleError(string json, Omov.Elections.Eligibility.IOrganisationTree? tree = null)
    {
        var result = RulebookJson.Load(json, tree);
        Assert.False(result.Success);
        return Assert.Single(result.Errors);
    }

    private static string BookWith(string rule, string zone = "Europe/London") =>
        $$"""
        {
          "id": "t",
          "version": 1,
          "title": "T",
          "timeZone": "{{zone}}",
          "rules": [
            { "type": "councillor" },
            {{rule}}
          ]
        }
        """;

    [Fact]
    public void Load_EveryKind_RoundTrips()
    {
        var book = new Rulebook("all-kinds", 3, "All kinds",
        [
            new StatusRule([MemberStatus.Full, MemberStatus.Provisional]),
            new JoinedByRule(LocalCutoff.At(new DateOnly(2020, 1, 20), new TimeOnly(17, 0))),
            new PaidUpByRule(new DateOnly(2020, 2, 14)),
            new ContinuousMembershipRule(new DateOnly(2020, 2, 11), Months: 1, Weeks: 2, Days: 3),
            new ContinuousSinceRule(new DateOnly(2018, 9, 26)),
            new NotInArrearsRule(new DateOnly(2020, 2, 5), 30),
            new SectionDeclaredRule(Section.LgbtPlus, LocalCutoff.EndOfDay(new DateOnly(2022, 6, 17))),
            new AgeUnderRule(27, new DateOnly(2022, 6, 17)),
            new WithinUnitRule("WALES"),
            new AffiliatedSupportersRule(AffiliatedSupporterPolicy.Only),
            new AnyOfRule([new CouncillorRule(), new NotRule(new AllOfRule([new CouncillorRule()]))]),
        ], "Europe/Paris", "test");
        string json = RulebookJson.Serialize(book);
        var loaded = RulebookJson.Load(json);
        Assert.True(loaded.Success, string.Join("\n", loaded.Errors));
        Assert.Equal(json, RulebookJson.Serialize(loaded.Rulebook!));
        Assert.Contains("\"type\": \"joinedBy\"", json, StringComparison.Ordinal);
        Assert.Contains("\"by\": \"2020-01-20T17:00\"", json, StringComparison.Ordinal);
        Assert.Contains("\"by\": \"2022-06-17\"", json, StringComparison.Ordinal);
        Assert.Contains("\"section\": \"lgbtPlus\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DefaultZone_IsLondon()
    {
        var result = RulebookJson.Load("""{ "id": "t", "version": 1, "title": "T", "rules": [ { "type": "councillor" } ] }""");
        Assert.True(result.Success);
        Assert.Equal("Europe/London", result.Rulebook!.TimeZone);
    }

    [Fact]
    public void Load_TypeNotFirst_IsAccepted() =>
        Assert.True(RulebookJson.Load(BookWith("""{ "years": 27, "on": "2022-06-17", "type": "ageUnder" }""")).Success);

    [Fact]
    public void Load_UnknownRuleType_NamesTypeAndPath()
    {
        var error = SingleError(BookWith("""{ "type": "shoeSize", "min": 9 }"""));
        Assert.StartsWith("$.rules[1]", error.Path, StringComparison.Ordinal);
        Assert.StartsWith("unknown rule type 'shoeSize' (known: status, joinedBy,", error.Message, StringComparison.Ordinal);
        Assert.Equal(8, error.Line);
    }

    [Fact]
    public void Load_MissingType_Explains()
    {
        var error = SingleError(BookWith("""{ "years": 27 }"""));
        Assert.Contains("needs a \"type\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_BadDate_NamesValueAndPath()
    {
        var error = SingleError(BookWith("""{ "type": "paidUpBy", "by": "2020-02-30" }"""));
        Assert.Equal("$.rules[1].by", error.Path);
        Assert.Equal("'2020-02-30' is not a valid date (yyyy-MM-dd)", error.Message);
    }

    [Fact]
    public void Load_BadCutoff_NamesValueAndPath()
    {
        var error = SingleError(BookWith("""{ "type": "joinedBy", "by": "2020-01-20T17:00Z" }"""));
        Assert.Equal("$.rules[1].by", error.Path);
        Assert.Contains("'2020-01-20T17:00Z' is not a valid local date", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownZone_NamesZone()
    {
        var error = SingleError(BookWith("""{ "type": "councillor" }""", "Europe/Atlantis"));
        Assert.Equal("$.timeZone", error.Path);
        Assert.Equal("unknown time zone 'Europe/Atlantis' (use an IANA id such as Europe/London)", error.Message);
    }

    [Fact]
    public void Load_EmptyAnyOf_NamesPath()
    {
        var error = SingleError(BookWith("""{ "type": "not", "rule": { "type": "anyOf", "rules": [] } }"""));
        Assert.Equal("$.rules[1].rule.rules", error.Path);
        Assert.Equal("an empty anyOf is not allowed: list at least one rule", error.Message);
    }

    [Fact]
    public void Load_MissingRequiredProperty_NamesIt()
    {
        var error = SingleError(BookWith("""{ "type": "ageUnder", "years": 27 }"""));
        Assert.Contains("on", error.Message, StringComparison.Ordinal);
        Assert.StartsWith("$.rules[1]", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MisspelledProperty_IsRejected()
    {
        var error = SingleError(BookWith("""{ "type": "paidUpBy", "by": "2020-02-14", "bye": "2020-02-14" }"""));
        Assert.Contains("bye", error.Message + error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownEnumValue_IsRejected()
    {
        var error = SingleError(BookWith("""{ "type": "status", "allowed": ["full", "honorary"] }"""));
        Assert.StartsWith("$.rules[1].allowed", error.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_NegativePeriod_IsRejected()
    {
        var error = SingleError(BookWith("""{ "type": "continuousMembership", "on": "2020-02-11", "weeks": -8 }"""));
        Assert.Equal("$.rules[1]", error.Path);
        Assert.Equal("months, weeks and days cannot be negative", error.Message);
    }

    [Fact]
    public void Load_UnknownUnitWithTree_IsRejected()
    {
        var error = SingleError(BookWith("""{ "type": "withinUnit", "unitCode": "SCOTLAND" }"""), Fixtures.Tree);
        Assert.Equal("$.rules[1].unitCode", error.Path);
        Assert.Equal("no unit with code 'SCOTLAND' in the organisation", error.Message);
    }

    [Fact]
    public void Load_NotJson_ReportsLine()
    {
        var error = SingleError("{ \"id\": \"t\",\n  \"version\": one }");
        Assert.Equal(2, error.Line);
    }

    [Fact]
    public void Load_SeveralProblems_ReportsEach()
    {
        var result = RulebookJson.Load("""{ "id": "", "version": 0, "title": "T", "timeZone": "Nowhere", "rules": [] }""");
        Assert.Equal(["$.id", "$.version", "$.timeZone", "$.rules"], result.Errors.Select(e => e.Path));
    }

    [Fact]
    public void Load_NullRule_NamesPath()
    {
        var result = RulebookJson.Load("""{ "id": "t", "version": 1, "title": "T", "rules": [ { "type": "councillor" }, null ] }""");
        Assert.False(result.Success);
        Assert.StartsWith("$.rules[1]", result.Errors[0].Path, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_JsonNull_IsAnError() =>
        Assert.False(RulebookJson.Load("null").Success);

    [Fact]
    public void Cutoff_WithSeconds_RoundTrips()
    {
        Assert.True(LocalCutoff.TryParse("2020-01-20T17:00:30", out LocalCutoff cutoff));
        Assert.Equal("2020-01-20T17:00:30", cutoff.ToString());
        Assert.False(cutoff.IsWholeDay);
    }
}
