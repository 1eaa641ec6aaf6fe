using System.Text.Json;
using System.Text.RegularExpressions;
using Omov.Elections.Rulebooks;

namespace Omov.Elections.Nominations;

/// <summary>Reads and writes nomination thresholds as JSON, with the same conventions as rulebooks (camelCase, enums as strings).</summary>
public static partial class NominationThresholdsJson
{
    /// <summary>Writes thresholds as indented JSON.</summary>
    public static string Serialize(NominationThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return JsonSerializer.Serialize(thresholds, RulebookJson.Options);
    }

    /// <summary>Reads and validates thresholds. Never throws for bad input: each problem comes back naming its JSON path.</summary>
    public static ThresholdsLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        NominationThresholds? thresholds;
        try
        {
            thresholds = JsonSerializer.Deserialize<NominationThresholds>(json, RulebookJson.Options);
        }
        catch (JsonException ex)
        {
            return ThresholdsLoadResult.Failed([FromJsonException(ex)]);
        }
        catch (NotSupportedException ex)
        {
            // A requirement (or candidate rule) with no "type" lands here: the abstract base cannot be built.
            Match path = PathPattern().Match(ex.Message);
            return ThresholdsLoadResult.Failed([new RulebookError(path.Success ? path.Groups[1].Value : "$", "a requirement needs a \"type\" (one of " + string.Join(", ", Requirement.TypeNames) + ")")]);
        }

        if (thresholds is null)
        {
            return ThresholdsLoadResult.Failed([new RulebookError("$", "the thresholds are null")]);
        }

        IReadOnlyList<RulebookError> errors = NominationThresholdsValidator.Validate(thresholds);
        return errors.Count == 0 ? ThresholdsLoadResult.Ok(thresholds) : ThresholdsLoadResult.Failed(errors);
    }

    private static RulebookError FromJsonException(JsonException ex)
    {
        string message = ex.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        Match unknown = UnknownDiscriminator().Match(message);
        if (unknown.Success)
        {
            message = $"unknown type '{unknown.Groups[1].Value}' (requirements: {string.Join(", ", Requirement.TypeNames)})";
        }

        return new RulebookError(ex.Path ?? "$", message, ex.LineNumber + 1);
    }

    [GeneratedRegex("type discriminator id '([^']*)'")]
    private static partial Regex UnknownDiscriminator();

    [GeneratedRegex(@"Path: (\$[^ ]*)")]
    private static partial Regex PathPattern();
}
