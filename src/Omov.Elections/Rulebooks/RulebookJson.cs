using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Omov.Elections.Eligibility;

namespace Omov.Elections.Rulebooks;

/// <summary>Reads and writes rulebooks as JSON (camelCase, enums as camelCase strings, dates <c>yyyy-MM-dd</c>).</summary>
public static partial class RulebookJson
{
    /// <summary>The serializer options used for every rulebook, so the JSON is the same everywhere.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes a rulebook as indented JSON.</summary>
    public static string Serialize(Rulebook rulebook)
    {
        ArgumentNullException.ThrowIfNull(rulebook);
        return JsonSerializer.Serialize(rulebook, Options);
    }

    /// <summary>
    /// Reads and validates a rulebook. Never throws for bad input: every problem comes back as an error
    /// naming its JSON path. With a <paramref name="tree"/>, unit codes are checked too.
    /// </summary>
    public static RulebookLoadResult Load(string json, IOrganisationTree? tree = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        Rulebook? rulebook;
        try
        {
            rulebook = JsonSerializer.Deserialize<Rulebook>(json, Options);
        }
        catch (JsonException ex)
        {
            return RulebookLoadResult.Failed([FromJsonException(ex)]);
        }
        catch (NotSupportedException ex)
        {
            // A rule with no "type" lands here: System.Text.Json cannot build the abstract Rule.
            return RulebookLoadResult.Failed([new RulebookError(PathIn(ex.Message) ?? "$", "a rule needs a \"type\" (one of " + string.Join(", ", Rule.TypeNames) + ")")]);
        }

        if (rulebook is null)
        {
            return RulebookLoadResult.Failed([new RulebookError("$", "the rulebook is null")]);
        }

        IReadOnlyList<RulebookError> errors = RulebookValidator.Validate(rulebook, tree);
        return errors.Count == 0 ? RulebookLoadResult.Ok(rulebook) : RulebookLoadResult.Failed(errors);
    }

    private static RulebookError FromJsonException(JsonException ex)
    {
        string path = ex.Path ?? "$";
        long? line = ex.LineNumber + 1;
        string message = ex.Message;
        int cut = message.IndexOf(" Path: ", StringComparison.Ordinal);
        if (cut >= 0)
        {
            message = message[..cut];
        }

        Match unknown = UnknownDiscriminator().Match(message);
        if (unknown.Success)
        {
            message = $"unknown rule type '{unknown.Groups[1].Value}' (known: {string.Join(", ", Rule.TypeNames)})";
        }
        else if (message.StartsWith("The JSON value could not be converted to", StringComparison.Ordinal))
        {
            message = "this value is not of the expected kind: " + message;
        }

        return new RulebookError(path, message, line);
    }

    private static string? PathIn(string message)
    {
        Match match = PathPattern().Match(message);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            AllowOutOfOrderMetadataProperties = true,
            RespectNullableAnnotations = true,
            RespectRequiredConstructorParameters = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            IndentSize = 2,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
        options.Converters.Add(new StrictDateJsonConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    [GeneratedRegex("type discriminator id '([^']*)'")]
    private static partial Regex UnknownDiscriminator();

    [GeneratedRegex(@"Path: (\$[^ ]*)")]
    private static partial Regex PathPattern();
}
