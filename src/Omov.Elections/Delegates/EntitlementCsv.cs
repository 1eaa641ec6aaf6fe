using System.Globalization;

namespace Omov.Elections.Delegates;

/// <summary>The entitlement table as CSV: one row per local party, the delegates by line, and the explanation.</summary>
public static class EntitlementCsv
{
    /// <summary>The header row's fields.</summary>
    public static IReadOnlyList<string> Header { get; } =
    [
        "local_party_code", "local_party", "members", "women", "young", "base", "extra_bands", "cap_applied", "ordinary",
        "womens_extra", "youth_extra", "total", "women_needed", "last_year_sole", "explanation",
    ];

    /// <summary>Writes the header and a row per entitlement (lines end in CRLF, as RFC 4180 has it).</summary>
    public static void Write(TextWriter output, IEnumerable<DelegateEntitlement> entitlements)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(entitlements);
        output.Write(CsvField.Row([.. Header]) + "\r\n");
        foreach (var e in entitlements)
        {
            output.Write(CsvField.Row(
                e.Party.Code, e.Party.Name, N(e.Party.Members), N(e.Party.Women), N(e.Party.Young), N(e.BaseDelegates), N(e.BandDelegates),
                e.CapApplied ? "yes" : "no", N(e.Ordinary), N(e.WomenExtra), N(e.YouthExtra), N(e.Total), N(e.WomenNeeded),
                e.LastSole.ToString().ToLowerInvariant(), e.Explanation) + "\r\n");
        }
    }

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);
}
