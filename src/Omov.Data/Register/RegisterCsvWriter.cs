using System.Globalization;
using CsvHelper;
using Omov.Elections.Register;
using F = Omov.Data.Register.MemberCsvFormat;

namespace Omov.Data.Register;

/// <summary>Writes members and organisation units in Omov's CSV format (what the importers read without a mapping).</summary>
public sealed class RegisterCsvWriter : IDisposable, IAsyncDisposable
{
    private readonly CsvWriter _csv;

    private RegisterCsvWriter(TextWriter writer) => _csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);

    /// <summary>A members file: writes the header now.</summary>
    public static RegisterCsvWriter ForMembers(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var csv = new RegisterCsvWriter(writer);
        csv.WriteRow(F.Fields);
        return csv;
    }

    /// <summary>An organisation units file: writes the header now.</summary>
    public static RegisterCsvWriter ForUnits(TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var csv = new RegisterCsvWriter(writer);
        csv.WriteRow(UnitImporter.Fields);
        return csv;
    }

    public void Write(OrganisationUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        WriteRow([unit.Code, unit.Name, RegisterCodes.Of(unit.Kind), unit.ParentCode ?? string.Empty]);
    }

    public void Write(Member member)
    {
        ArgumentNullException.ThrowIfNull(member);
        string Declared(Section section) => F.Instant(member.Sections.Where(s => s.Section == section).Select(s => (DateTimeOffset?)s.DeclaredAt).Min());
        WriteRow(
        [
            member.MembershipNumber, member.FirstName, member.LastName, member.Email ?? string.Empty,
            member.Address?.Line1 ?? string.Empty, member.Address?.Line2 ?? string.Empty, member.Address?.Line3 ?? string.Empty,
            member.Address?.Town ?? string.Empty, member.Address?.Postcode ?? string.Empty,
            F.Date(member.DateOfBirth), F.Instant(member.JoinedAt), F.Date(member.ContinuousSince), F.Date(member.PaidUpTo),
            RegisterCodes.Of(member.Status), member.LocalPartyCode, member.BranchCode ?? string.Empty,
            Declared(Section.Women), Declared(Section.Bame), Declared(Section.Disabled), Declared(Section.LgbtPlus),
            member.IsCouncillor ? "yes" : "no", member.AffiliateCode ?? string.Empty,
        ]);
    }

    /// <summary>Exports every member in <paramref name="database"/> to <paramref name="writer"/>, streamed; returns how many.</summary>
    public static async Task<long> ExportMembersAsync(OmovDatabase database, TextWriter writer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        using var csv = ForMembers(writer);
        long count = 0;
        await foreach (var member in database.Members.StreamAllAsync(cancellationToken).ConfigureAwait(false))
        {
            csv.Write(member);
            count++;
        }

        csv.Flush();
        return count;
    }

    public void Flush() => _csv.Flush();

    public void Dispose()
    {
        _csv.Flush();
        _csv.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.FlushAsync().ConfigureAwait(false);
        await _csv.DisposeAsync().ConfigureAwait(false);
    }

    private void WriteRow(IReadOnlyList<string> fields)
    {
        foreach (var field in fields)
        {
            _csv.WriteField(field);
        }

        _csv.NextRecord();
    }
}
