using Omov.Elections.Register;
using F = Omov.Data.Register.MemberCsvFormat;

namespace Omov.Data.Register;

/// <summary>
/// Turns the rows of a members CSV into members, checking each value; problems go to the list.
/// Once any problem is found it yields no more members (the import will write nothing) but goes
/// on checking, so one run reports every problem.
/// </summary>
internal sealed class MemberRows(CsvSource source, IReadOnlyDictionary<string, OrganisationUnit> units, ImportOptions options, ProblemList problems)
{
    public long RowsRead { get; private set; }

    public IEnumerable<Member> Read()
    {
        var header = source.Read();
        if (header is null)
        {
            problems.Add(source.Stopped?.Line ?? 0, null, source.Stopped?.Reason ?? "the file is empty (a header line is needed)");
            yield break;
        }

        var map = HeaderMap.Build(header, F.Fields, F.Required, options, problems);
        if (problems.Count > 0)
        {
            yield break;
        }

        var firstLine = new Dictionary<string, long>(StringComparer.Ordinal);
        string[]? record;
        while ((record = source.Read()) is not null)
        {
            RowsRead++;
            var member = Convert(record, map, source.Line, firstLine);
            if (member is not null && problems.Count == 0)
            {
                yield return member;
            }
        }

        if (source.Stopped is { } stopped)
        {
            problems.Add(stopped.Line, stopped.Column, stopped.Reason);
        }
    }

    private Member? Convert(string[] record, HeaderMap map, long line, Dictionary<string, long> firstLine)
    {
        var before = problems.Count;
        if (record.Length != map.ColumnCount)
        {
            problems.Add(line, null, $"{record.Length} fields where the header has {map.ColumnCount}");
            return null;
        }

        string Text(string field)
        {
            var index = map.IndexOf(field);
            return index < 0 ? string.Empty : record[index].Trim();
        }

        string? Optional(string field) => Text(field) is { Length: > 0 } text ? text : null;

        void Problem(string field, string reason) => problems.Add(line, map.NameOf(field), reason);

        string Required(string field)
        {
            var text = Text(field);
            if (text.Length == 0)
            {
                Problem(field, "required value missing");
            }

            return text;
        }

        DateOnly? Date(string field, bool required = false)
        {
            var text = required ? Required(field) : Text(field);
            if (text.Length == 0)
            {
                return null;
            }

            if (!CsvValues.TryDate(text, out var date))
            {
                Problem(field, CsvValues.DateExpected);
                return null;
            }

            return date;
        }

        DateTimeOffset? Instant(string field, bool required = false)
        {
            var text = required ? Required(field) : Text(field);
            if (text.Length == 0)
            {
                return null;
            }

            if (!CsvValues.TryInstant(text, options.TimeZone, out var instant))
            {
                Problem(field, CsvValues.InstantExpected);
                return null;
            }

            return instant;
        }

        string? Unit(string field, OrganisationUnitKind kind, string what, bool required = false)
        {
            var code = required ? Required(field) : Text(field);
            if (code.Length == 0)
            {
                return null;
            }

            if (!units.TryGetValue(code, out var unit) || unit.Kind != kind)
            {
                Problem(field, $"unknown {what} code (import the organisation first: omov org import)");
                return null;
            }

            return code;
        }

        var number = Required(F.MembershipNumber);
        if (number.Length > 0 && !firstLine.TryAdd(number, line))
        {
            Problem(F.MembershipNumber, $"duplicate membership number (first on line {firstLine[number]})");
        }

        var firstName = Required(F.FirstName);
        var lastName = Required(F.LastName);
        var email = Optional(F.Email);
        if (email is not null && (email.IndexOf('@', StringComparison.Ordinal) <= 0 || email.Contains(' ', StringComparison.Ordinal)))
        {
            Problem(F.Email, "not an email address");
        }

        PostalAddress? address = null;
        var line1 = Optional(F.AddressLine1);
        var postcode = Optional(F.Postcode);
        if (line1 is not null || postcode is not null || Optional(F.Town) is not null)
        {
            if (line1 is null)
            {
                Problem(F.AddressLine1, "an address needs its first line");
            }

            if (postcode is null)
            {
                Problem(F.Postcode, "an address needs a postcode");
            }
            else if (!CsvValues.IsPostcode(postcode))
            {
                Problem(F.Postcode, "not a UK postcode (e.g. SW1A 1AA)");
            }

            address = new PostalAddress(line1 ?? string.Empty, Optional(F.AddressLine2), Optional(F.AddressLine3), Text(F.Town), postcode?.ToUpperInvariant() ?? string.Empty);
        }

        var dateOfBirth = Date(F.DateOfBirth);
        var joinedAt = Instant(F.JoinedAt, required: true);
        var continuousSince = Date(F.ContinuousSince, required: true);
        var paidUpTo = Date(F.PaidUpTo);
        var statusText = Required(F.Status);
        MemberStatus status = default;
        if (statusText.Length > 0 && !RegisterCodes.TryParseStatus(statusText, out status))
        {
            Problem(F.Status, "unknown status (expected provisional, full, lapsed or expelled)");
        }

        var localParty = Unit(F.LocalParty, OrganisationUnitKind.LocalParty, "local party", required: true);
        var branch = Unit(F.Branch, OrganisationUnitKind.Branch, "branch");
        if (branch is not null && localParty is not null && units[branch].ParentCode != localParty)
        {
            Problem(F.Branch, "the branch belongs to another local party");
        }

        var sections = new List<SectionDeclaration>(0);
        foreach (var (field, section) in new[] { (F.WomenSince, Section.Women), (F.BameSince, Section.Bame), (F.DisabledSince, Section.Disabled), (F.LgbtPlusSince, Section.LgbtPlus) })
        {
            if (Instant(field) is { } declared)
            {
                sections.Add(new SectionDeclaration(section, declared));
            }
        }

        if (!CsvValues.TryBoolean(Text(F.Councillor), out var councillor))
        {
            Problem(F.Councillor, "expected yes or no");
        }

        var affiliate = Unit(F.Affiliate, OrganisationUnitKind.Affiliate, "affiliate");
        if (joinedAt is { } joined && continuousSince is { } since && since < DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(joined, options.TimeZone).DateTime))
        {
            Problem(F.ContinuousSince, "continuous membership starts before the member joined");
        }

        if (problems.Count > before)
        {
            return null;
        }

        return new Member
        {
            MembershipNumber = number,
            FirstName = firstName,
            LastName = lastName,
            Email = email,
            Address = address,
            DateOfBirth = dateOfBirth,
            JoinedAt = joinedAt!.Value,
            ContinuousSince = continuousSince!.Value,
            PaidUpTo = paidUpTo,
            Status = status,
            LocalPartyCode = localParty!,
            BranchCode = branch,
            Sections = sections,
            IsCouncillor = councillor,
            AffiliateCode = affiliate,
        };
    }
}
