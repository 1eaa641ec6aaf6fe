using System.Text.Json;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Delegates;

/// <summary>Reads and writes <see cref="DelegateRules"/> as JSON, with the same conventions (and strictness) as rulebooks.</summary>
public static class DelegateRulesJson
{
    /// <summary>Writes the rules as indented JSON.</summary>
    public static string Serialize(DelegateRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return JsonSerializer.Serialize(rules, RulebookJson.Options);
    }

    /// <summary>Reads and validates; never throws for bad input: each problem names its JSON path.</summary>
    public static DelegateRulesLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        DelegateRules? rules;
        try
        {
            rules = JsonSerializer.Deserialize<DelegateRules>(json, RulebookJson.Options);
        }
        catch (JsonException ex)
        {
            string message = ex.Message;
            int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
            return DelegateRulesLoadResult.Failed([new RulebookError(ex.Path ?? "$", cut >= 0 ? message[..cut] : message, ex.LineNumber + 1)]);
        }

        if (rules is null)
        {
            return DelegateRulesLoadResult.Failed([new RulebookError("$", "the delegate rules are null")]);
        }

        var errors = DelegateRulesValidator.Validate(rules);
        return errors.Count == 0 ? DelegateRulesLoadResult.Ok(rules) : DelegateRulesLoadResult.Failed(errors);
    }
}
