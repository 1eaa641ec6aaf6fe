using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omov.Elections.Rulebooks;

/// <summary>Reads and writes a <see cref="LocalCutoff"/> as <c>yyyy-MM-dd</c> or <c>yyyy-MM-ddTHH:mm</c>.</summary>
internal sealed class LocalCutoffJsonConverter : JsonConverter<LocalCutoff>
{
    public override LocalCutoff Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a local date (yyyy-MM-dd) or date and time (yyyy-MM-ddTHH:mm) in a string");
        }

        string? text = reader.GetString();
        return LocalCutoff.TryParse(text, out LocalCutoff cutoff)
            ? cutoff
            : throw new JsonException($"'{text}' is not a valid local date (yyyy-MM-dd) or date and time (yyyy-MM-ddTHH:mm, no offset)");
    }

    public override void Write(Utf8JsonWriter writer, LocalCutoff value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
