using System.Globalization;

namespace Omov.Elections.Delegates;

/// <summary>Elected delegates as CSV for conference credentials: one row per delegate.</summary>
public static class CredentialsCsv
{
    /// <summary>Writes the header and a row per delegate of each local party's election.</summary>
    public static void Write(TextWriter output, int year, IEnumerable<(string LocalPartyCode, IReadOnlyList<DelegateCredential> Elected)> elections)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(elections);
        output.Write("year,local_party_code,order,membership_number,name,woman,young,place\r\n");
        foreach (var (code, elected) in elections)
        {
            foreach (var d in elected)
            {
                output.Write(CsvField.Row(year.ToString(CultureInfo.InvariantCulture), code, d.Order.ToString(CultureInfo.InvariantCulture),
                    d.Candidate.MembershipNumber, d.Candidate.Name, d.Candidate.IsWoman ? "yes" : "no", d.Candidate.IsYoung ? "yes" : "no", d.Place) + "\r\n");
            }
        }
    }
}
