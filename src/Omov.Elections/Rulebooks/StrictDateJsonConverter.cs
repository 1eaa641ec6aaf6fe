using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Omov.Elections.Rulebooks;

/// <summary>Reads and writes a <see cref="DateOnly"/> as exactly <c>yyyy-MM-dd</c>, with a message that says so.</summary>
internal sealed class StrictDateJsonConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("expected a date (yyyy-MM-dd) in a string");
        }

        string? text = reader.GetString();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly date)
            ? date
            : throw new JsonException($"'{text}' is not a valid date (yyyy-MM-dd)");
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }
}
