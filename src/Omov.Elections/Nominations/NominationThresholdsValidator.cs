using Omov.Elections.Rulebooks;

namespace Omov.Elections.Nominations;

/// <summary>Checks thresholds' meaning after they are read: percentages in range, counts positive, no empty lists.</summary>
public static class NominationThresholdsValidator
{
    /// <summary>Every problem, each naming its JSON path.</summary>
    public static IReadOnlyList<RulebookError> Validate(NominationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        var errors = new List<RulebookError>();
        if (string.IsNullOrWhiteSpace(thresholds.Id))
        {
            errors.Add(new RulebookError("$.id", "the thresholds need an id"));
        }

        if (thresholds.Version < 1)
        {
            errors.Add(new RulebookError("$.version", $"the version must be 1 or more, not {thresholds.Version}"));
        }

        if (string.IsNullOrWhiteSpace(thresholds.Title))
        {
            errors.Add(new RulebookError("$.title", "the thresholds need a title"));
        }

        if (!Enum.IsDefined(thresholds.Rounding))
        {
            errors.Add(new RulebookError("$.rounding", "the rounding must be up, down or nearest"));
        }

        if (thresholds.CandidateMonths is < 0 or > 1200)
        {
            errors.Add(new RulebookError("$.candidateMonths", $"the candidate's months of membership must be 0 to 1200, not {thresholds.CandidateMonths}"));
        }

        if (thresholds.NominationsPerBody is < 1 or > 1000)
        {
            errors.Add(new RulebookError("$.nominationsPerBody", $"a body must be able to nominate 1 to 1000 candidates, not {thresholds.NominationsPerBody}"));
        }

        Check(thresholds.Requirement, "$.requirement", errors);
        if (thresholds.CandidateRules is { Count: > 0 } rules)
        {
            // The candidate's rules are rulebook rules: check them as a rulebook and move the paths.
            var asRulebook = new Rulebook(thresholds.Id + "-candidates", 1, "candidates", rules);
            errors.AddRange(RulebookValidator.Validate(asRulebook).Select(e => e with { Path = e.Path.Replace("$.rules", "$.candidateRules", StringComparison.Ordinal) }));
        }

        return errors;
    }

    private static void Check(Requirement? requirement, string path, List<RulebookError> errors)
    {
        switch (requirement)
        {
            case null:
                errors.Add(new RulebookError(path, "a requirement is missing"));
                break;
            case ElectedMembersRequirement elected:
                CheckShare(elected.Percent, elected.Count, elected.Of, path, errors);
                break;
            case LocalPartiesRequirement local:
                CheckShare(local.Percent, local.Count, local.Of, path, errors);
                break;
            case AffiliatesRequirement affiliates:
                if (affiliates.Minimum < 1)
                {
                    errors.Add(new RulebookError(path + ".minimum", $"the minimum number of affiliates must be 1 or more, not {affiliates.Minimum}"));
                }

                if (affiliates.MinimumUnions < 0 || affiliates.MinimumUnions > affiliates.Minimum)
                {
                    errors.Add(new RulebookError(path + ".minimumUnions", $"the minimum number of trade unions must be 0 to the minimum of affiliates ({affiliates.Minimum}), not {affiliates.MinimumUnions}"));
                }

                if (affiliates.MembershipPercent is < 0 or > 100)
                {
                    errors.Add(new RulebookError(path + ".membershipPercent", $"a percentage must be 0 to 100, not {affiliates.MembershipPercent}"));
                }

                if (affiliates.MembershipOf is < 1)
                {
                    errors.Add(new RulebookError(path + ".membershipOf", "the total affiliated membership must be 1 or more"));
                }

                break;
            case AllOfRequirement all:
                CheckList(all.Of, path, errors);
                break;
            case AnyOfRequirement any:
                CheckList(any.Of, path, errors);
                break;
        }
    }

    private static void CheckList(IReadOnlyList<Requirement>? list, string path, List<RulebookError> errors)
    {
        if (list is null || list.Count == 0)
        {
            errors.Add(new RulebookError(path + ".of", "list at least one requirement"));
            return;
        }

        for (int i = 0; i < list.Count; i++)
        {
            Check(list[i], $"{path}.of[{i}]", errors);
        }
    }

    private static void CheckShare(decimal? percent, int? count, int? of, string path, List<RulebookError> errors)
    {
        if (percent is null == count is null)
        {
            errors.Add(new RulebookError(path, "give either a percent or a count, not both or neither"));
        }

        if (percent is <= 0 or > 100)
        {
            errors.Add(new RulebookError(path + ".percent", $"a percentage must be more than 0 and at most 100, not {percent}"));
        }

        if (count is < 1)
        {
            errors.Add(new RulebookError(path + ".count", $"the count must be 1 or more, not {count}"));
        }

        if (of is < 1)
        {
            errors.Add(new RulebookError(path + ".of", $"the total must be 1 or more, not {of}"));
        }

        if (of is not null && count is not null)
        {
            errors.Add(new RulebookError(path + ".of", "a total is only for a percentage"));
        }
    }
}
