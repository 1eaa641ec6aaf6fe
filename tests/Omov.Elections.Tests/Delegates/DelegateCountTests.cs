using Omov.Elections.Delegates;

namespace Omov.Elections.Tests.Delegates;

public sealed class DelegateCountTests
{
    private static readonly DelegateRules s_labour = DelegatePresets.Labour2022();

    // 1: Adam (man), 2: Bea (woman), 3: Cal (young man), 4: Dee (young woman), 5: Eve (woman)
    private static readonly DelegateCandidate[] s_candidates =
    [
        new("Adam", "L1", IsWoman: false, IsYoung: false),
        new("Bea", "L2", IsWoman: true, IsYoung: false),
        new("Cal", "L3", IsWoman: false, IsYoung: true),
        new("Dee", "L4", IsWoman: true, IsYoung: true),
        new("Eve", "L5", IsWoman: true, IsYoung: false),
    ];

    private static DelegatePlaces Places(long members, long women, long young, int seats, LastYearSole last = LastYearSole.Woman)
    {
        var entitlement = EntitlementCalculator.Calculate(s_labour, new LocalPartyCount("CLP-1", "Anytown", members, women, young), last);
        return DelegatePlaces.For(s_labour, entitlement, seats)!;
    }

    private static DelegateCountOutcome Count(string ballots, DelegatePlaces places, string method)
    {
        var read = DelegateBallotText.Read(ballots, s_candidates, places.Seats, "Anytown delegates");
        Assert.True(read.Success, read.Error);
        return DelegateCount.Run(s_candidates, read.Ballots, places, method);
    }

    [Fact]
    public void Run_BlockVoteOfMen_SubstitutesAWomanForTheGenderRule()
    {
        // Two ordinary places (750 members): at least one woman. Voters chose Cal (11) and Adam (10);
        // Adam, the lowest man, gives way to Eve (5), the highest woman.
        var outcome = Count("10: 1 3\n1: 3\n4: 2 5\n1: 5", Places(750, 10, 0, 2), "block");
        Assert.True(outcome.Success, string.Join("; ", outcome.Problems));
        Assert.Equal(["Cal", "Eve"], outcome.Elected.Select(e => e.Candidate.Name).Order());
    }

    [Fact]
    public void Run_StvWithWomenAndYouthPlaces_FillsEachPlaceWithDifferentPeople()
    {
        // 800 members, 100 women, 30 young: 2 ordinary + women's + youth = 4; women ≥ 2, young ≥ 1, either ≥ 3.
        var places = Places(800, 100, 30, 4);
        Assert.Equal((2, 1), (places.Women, places.Young));
        var outcome = Count("20: 1 3\n15: 3 1\n5: 2 5\n3: 4\n2: 5", places, "ers97");
        Assert.True(outcome.Success, string.Join("; ", outcome.Problems));
        var elected = outcome.Elected.Select(e => e.Candidate).ToList();
        Assert.True(elected.Count(c => c.IsWoman) >= 2);
        Assert.Contains(outcome.Elected, e => e.Place == "youth" && e.Candidate.IsYoung);
        Assert.Contains(outcome.Elected, e => e.Place == "women" && e.Candidate.IsWoman);
    }

    [Fact]
    public void Run_YoungWomanCannotFillBothExtraPlaces_ElectsAnotherWomanOrYoungMember()
    {
        // 1 ordinary (last year a woman: any gender) + women's + youth = 3; voters want Adam, Dee and Cal... but Cal's voters
        // are few and Adam, Dee, plus a man who is not young would break the places.
        var places = Places(300, 100, 30, 3);
        Assert.Equal((1, 1), (places.Women, places.Young));
        var outcome = Count("30: 1\n25: 4\n1: 3\n1: 5", places, "block");
        Assert.True(outcome.Success, string.Join("; ", outcome.Problems));
        Assert.True(places.AreMetBy([.. outcome.Elected.Select(e => e.Candidate)]));
    }

    [Fact]
    public void Run_SoleDelegateAfterAMan_MustBeAWoman()
    {
        var places = Places(300, 0, 0, 1, LastYearSole.Man);
        var outcome = Count("30: 1\n10: 2", places, "av");
        Assert.True(outcome.Success, string.Join("; ", outcome.Problems));
        Assert.Equal("Bea", outcome.Elected.Single().Candidate.Name);
    }

    [Fact]
    public void Run_SoleDelegateAfterAWoman_MayBeAMan()
    {
        var outcome = Count("30: 1\n10: 2", Places(300, 0, 0, 1, LastYearSole.Woman), "av");
        Assert.Equal("Adam", outcome.Elected.Single().Candidate.Name);
    }

    [Fact]
    public void Run_NoWomanStanding_RefusesWithAReason()
    {
        DelegateCandidate[] men = [s_candidates[0], s_candidates[2]];
        var read = DelegateBallotText.Read("3: 1 2", men, 2, "t");
        var outcome = DelegateCount.Run(men, read.Ballots!, Places(750, 0, 0, 2), "block");
        Assert.False(outcome.Success);
        Assert.Contains(outcome.Problems, p => p.Contains("women", StringComparison.Ordinal));
    }

    [Fact]
    public void Run_AvForTwoSeats_IsRefused() =>
        Assert.False(Count("1: 1", Places(750, 0, 0, 2), "av").Success);

    [Fact]
    public void For_MoreSeatsThanEntitled_IsNull()
    {
        var entitlement = EntitlementCalculator.Calculate(s_labour, new LocalPartyCount("C", "C", 750, 0, 0));
        Assert.Null(DelegatePlaces.For(s_labour, entitlement, 3));
    }

    [Fact]
    public void For_FewerSeatsThanEntitled_DropsExtrasFirst()
    {
        var places = Places(800, 100, 30, 2);
        Assert.Equal((1, 0, 0, 0), (places.Women, places.Young, places.WomenExtra, places.YouthExtra));
    }

    [Theory]
    [InlineData("1 9", "line 1: '9' is not a candidate number from 1 to 5")]
    [InlineData("\n0: 1", "line 2: the number of papers before ':' must be a whole number from 1 to 10,000,000")]
    [InlineData("1 2 1", "line 1: candidate 1 appears twice")]
    [InlineData("# nothing", "no ballot papers were entered")]
    public void Read_BadLine_SaysWhichLine(string text, string error) =>
        Assert.Equal(error, DelegateBallotText.Read(text, s_candidates, 2, "t").Error);

    [Fact]
    public void Read_WeightedLines_CountsPapers() =>
        Assert.Equal(13, DelegateBallotText.Read("12: 1 2\n3 1", s_candidates, 2, "t").Papers);
}
