using Omov.Elections.Rulebooks;

namespace Omov.Elections.Delegates;

/// <summary>Checks delegate rules for sense after reading: positive bands, a cap no lower than the first band, known zone.</summary>
public static class DelegateRulesValidator
{
    private const int Big = 10_000_000;

    /// <summary>Every problem, each naming its JSON path; empty when the rules are usable.</summary>
    public static IReadOnlyList<RulebookError> Validate(DelegateRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var errors = new List<RulebookError>();
        void Fail(string path, string message) => errors.Add(new RulebookError(path, message));

        if (string.IsNullOrWhiteSpace(rules.Id))
        {
            Fail("$.id", "the rules need an id");
        }

        if (rules.Version < 1)
        {
            Fail("$.version", $"the version must be 1 or more, not {rules.Version}");
        }

        if (string.IsNullOrWhiteSpace(rules.Title))
        {
            Fail("$.title", "the rules need a title");
        }

        if (ZoneTime.Find(rules.TimeZone) is null)
        {
            Fail("$.timeZone", $"unknown time zone '{rules.TimeZone}' (use an IANA id such as Europe/London)");
        }

        if (rules.Counted.Statuses is null || rules.Counted.Statuses.Count == 0)
        {
            Fail("$.counted.statuses", "list at least one member status that counts");
        }

        if (rules.Counted.ArrearsGraceDays is < 0 or > 3660)
        {
            Fail("$.counted.arrearsGraceDays", $"grace days must be between 0 and 3660, not {rules.Counted.ArrearsGraceDays}");
        }

        var bands = rules.Bands;
        if (bands.FirstBand is < 1 or > Big)
        {
            Fail("$.bands.firstBand", $"the first band must be between 1 and {Big} members, not {bands.FirstBand}");
        }

        if (bands.FirstBandDelegates is < 1 or > 1000)
        {
            Fail("$.bands.firstBandDelegates", $"the first band must earn between 1 and 1000 delegates, not {bands.FirstBandDelegates}");
        }

        if (bands.BandSize is < 1 or > Big)
        {
            Fail("$.bands.bandSize", $"a band must be between 1 and {Big} members, not {bands.BandSize}");
        }

        if (bands.Cap is { } cap && (cap < bands.FirstBandDelegates || cap > 1000))
        {
            Fail("$.bands.cap", $"the cap must be at least the first band's {bands.FirstBandDelegates} delegate(s) and at most 1000, not {cap}");
        }

        if (rules.Women is { } women)
        {
            if (women.MinimumMembers is < 1 or > Big)
            {
                Fail("$.women.minimumMembers", $"the women members needed must be between 1 and {Big}, not {women.MinimumMembers}");
            }

            if (women.Delegates is < 1 or > 100)
            {
                Fail("$.women.delegates", $"extra women's delegates must be between 1 and 100, not {women.Delegates}");
            }
        }

        if (rules.Youth is { } youth)
        {
            if (youth.MinimumMembers is < 1 or > Big)
            {
                Fail("$.youth.minimumMembers", $"the young members needed must be between 1 and {Big}, not {youth.MinimumMembers}");
            }

            if (youth.AgeUnder is < 1 or > 150)
            {
                Fail("$.youth.ageUnder", $"the age limit must be between 1 and 150, not {youth.AgeUnder}");
            }

            if (youth.Delegates is < 1 or > 100)
            {
                Fail("$.youth.delegates", $"extra youth delegates must be between 1 and 100, not {youth.Delegates}");
            }
        }

        if (rules.Gender.WomenEvery is < 1 or > 100)
        {
            Fail("$.gender.womenEvery", $"one woman in every N delegates: N must be between 1 and 100, not {rules.Gender.WomenEvery}");
        }

        return errors;
    }
}
