namespace Omov.Elections.Delegates;

/// <summary>One CSV field (RFC 4180 quoting), defused against spreadsheet formulas (a leading = + - @ gets a ').</summary>
internal static class CsvField
{
    public static string Of(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    public static string Row(params string[] fields) => string.Join(",", fields.Select(Of));
}
