using System.Text.Json;
using System.Text.Json.Nodes;

namespace Omov.Data.Outbox;

/// <summary>Merge values as stored: a JSON object whose values are strings or arrays of strings.</summary>
internal static class MergeValuesJson
{
    public static string? Write(IReadOnlyDictionary<string, MergeValue>? values)
    {
        if (values is null)
        {
            return null;
        }

        var json = new JsonObject();
        foreach (var (name, value) in values)
        {
            json[name] = value.Items is { } items ? new JsonArray([.. items.Select(i => (JsonNode?)JsonValue.Create(i))]) : JsonValue.Create(value.Text);
        }

        return json.ToJsonString();
    }

    public static IReadOnlyDictionary<string, MergeValue>? Read(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var values = new Dictionary<string, MergeValue>(StringComparer.Ordinal);
        using var document = JsonDocument.Parse(text);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            values[property.Name] = property.Value.ValueKind == JsonValueKind.Array
                ? MergeValue.List(property.Value.EnumerateArray().Select(e => e.GetString() ?? string.Empty))
                : MergeValue.Of(property.Value.GetString() ?? string.Empty);
        }

        return values;
    }
}
