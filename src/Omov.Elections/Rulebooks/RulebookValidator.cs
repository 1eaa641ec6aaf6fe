using Omov.Elections.Eligibility;

namespace Omov.Elections.Rulebooks;

/// <summary>Checks a rulebook's meaning after it has been read: known zone, sensible dates and periods, no empty lists.</summary>
public static class RulebookValidator
{
    /// <summary>Every problem, each naming its JSON path. With a <paramref name="tree"/>, unit codes must exist in it.</summary>
    public static IReadOnlyList<RulebookError> Validate(Rulebook rulebook, IOrganisationTree? tree = null)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        var errors = new List<RulebookError>();
        if (string.IsNullOrWhiteSpace(rulebook.Id))
        {
            errors.Add(new RulebookError("$.id", "the rulebook needs an id"));
        }

        if (rulebook.Version < 1)
        {
            errors.Add(new RulebookError("$.version", $"the version must be 1 or more, not {rulebook.Version}"));
        }

        if (string.IsNullOrWhiteSpace(rulebook.Title))
        {
            errors.Add(new RulebookError("$.title", "the rulebook needs a title"));
        }

        TimeZoneInfo? zone = ZoneTime.Find(rulebook.TimeZone);
        if (zone is null)
        {
            errors.Add(new RulebookError("$.timeZone", $"unknown time zone '{rulebook.TimeZone}' (use an IANA id such as Europe/London)"));
        }

        if (rulebook.Rules is null || rulebook.Rules.Count == 0)
        {
            errors.Add(new RulebookError("$.rules", "the rulebook needs at least one rule"));
        }
        else
        {
            for (int i = 0; i < rulebook.Rules.Count; i++)
            {
                Check(rulebook.Rules[i], $"$.rules[{i}]", zone, tree, errors);
            }
        }

        return errors;
    }

    private static void Check(Rule? rule, string path, TimeZoneInfo? zone, IOrganisationTree? tree, List<RulebookError> errors)
    {
        switch (rule)
        {
            case null:
                errors.Add(new RulebookError(path, "a rule is null"));
                break;
            case StatusRule status:
                if (status.Allowed is null || status.Allowed.Count == 0)
                {
                    errors.Add(new RulebookError(path + ".allowed", "list at least one member status"));
                }

                break;
            case JoinedByRule joined:
                CheckCutoff(joined.By, path + ".by", zone, errors);
                break;
            case PaidUpByRule paid:
                CheckDate(paid.By, path + ".by", errors);
                break;
            case ContinuousMembershipRule continuous:
                CheckDate(continuous.On, path + ".on", errors);
                if (continuous.Months < 0 || continuous.Weeks < 0 || continuous.Days < 0)
                {
                    errors.Add(new RulebookError(path, "months, weeks and days cannot be negative"));
                }
                else if (continuous.Months == 0 && continuous.Weeks == 0 && continuous.Days == 0)
                {
                    errors.Add(new RulebookError(path, "give a period: months, weeks or days"));
                }
                else if (continuous.Months > 1200 || continuous.Weeks > 5200 || continuous.Days > 36500)
                {
                    errors.Add(new RulebookError(path, "the period is longer than a century"));
                }

                break;
            case ContinuousSinceRule since:
                CheckDate(since.Since, path + ".since", errors);
                break;
            case NotInArrearsRule arrears:
                CheckDate(arrears.On, path + ".on", errors);
                if (arrears.GraceDays is < 0 or > 3660)
                {
                    errors.Add(new RulebookError(path + ".graceDays", $"grace days must be between 0 and 3660, not {arrears.GraceDays}"));
                }

                break;
            case SectionDeclaredRule section:
                if (!Enum.IsDefined(section.Section))
                {
                    errors.Add(new RulebookError(path + ".section", "unknown section"));
                }

                CheckCutoff(section.By, path + ".by", zone, errors);
                break;
            case AgeUnderRule age:
                CheckDate(age.On, path + ".on", errors);
                if (age.Years is < 1 or > 150)
                {
                    errors.Add(new RulebookError(path + ".years", $"the age must be between 1 and 150, not {age.Years}"));
                }

                break;
            case WithinUnitRule unit:
                if (string.IsNullOrWhiteSpace(unit.UnitCode))
                {
                    errors.Add(new RulebookError(path + ".unitCode", "give the code of a unit"));
                }
                else if (tree is not null && tree.Find(unit.UnitCode) is null)
                {
                    errors.Add(new RulebookError(path + ".unitCode", $"no unit with code '{unit.UnitCode}' in the organisation"));
                }

                break;
            case CouncillorRule:
                break;
            case AffiliatedSupportersRule affiliated:
                if (!Enum.IsDefined(affiliated.Policy))
                {
                    errors.Add(new RulebookError(path + ".policy", "unknown policy"));
                }

                break;
            case AllOfRule all:
                CheckList(all.Rules, path, "allOf", zone, tree, errors);
                break;
            case AnyOfRule any:
                CheckList(any.Rules, path, "anyOf", zone, tree, errors);
                break;
            case NotRule not:
                Check(not.Rule, path + ".rule", zone, tree, errors);
                break;
            default:
                errors.Add(new RulebookError(path, $"unknown rule kind {rule.GetType().Name}"));
                break;
        }
    }

    private static void CheckList(IReadOnlyList<Rule>? rules, string path, string kind, TimeZoneInfo? zone, IOrganisationTree? tree, List<RulebookError> errors)
    {
        if (rules is null || rules.Count == 0)
        {
            errors.Add(new RulebookError(path + ".rules", $"an empty {kind} is not allowed: list at least one rule"));
            return;
        }

        for (int i = 0; i < rules.Count; i++)
        {
            Check(rules[i], $"{path}.rules[{i}]", zone, tree, errors);
        }
    }

    private static void CheckDate(DateOnly date, string path, List<RulebookError> errors)
    {
        if (date.Year < 1900 || date.Year > 2200)
        {
            errors.Add(new RulebookError(path, $"the date {date:yyyy-MM-dd} is outside 1900–2200"));
        }
    }

    private static void CheckCutoff(LocalCutoff cutoff, string path, TimeZoneInfo? zone, List<RulebookError> errors)
    {
        if (cutoff.Local.Year < 1900 || cutoff.Local.Year > 2200)
        {
            errors.Add(new RulebookError(path, $"the cut-off {cutoff} is outside 1900–2200"));
            return;
        }

        if (!cutoff.IsWholeDay && zone is not null && zone.IsInvalidTime(cutoff.Local))
        {
            errors.Add(new RulebookError(path, $"{cutoff} does not exist in {zone.Id}: the clocks go forward over it"));
        }
    }
}
