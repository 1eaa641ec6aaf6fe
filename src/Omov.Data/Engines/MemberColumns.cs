using System.Data.Common;
using Omov.Elections.Register;

namespace Omov.Data.Engines;

/// <summary>The members table's columns in one fixed order, and the mapping between a row and a <see cref="Member"/>.</summary>
internal static class MemberColumns
{
    public static readonly string[] Names =
    [
        "membership_number", "first_name", "last_name", "email",
        "address_line1", "address_line2", "address_line3", "address_town", "address_postcode",
        "date_of_birth", "joined_at", "continuous_since", "paid_up_to", "status",
        "local_party_code", "branch_code",
        "women_declared_at", "bame_declared_at", "disabled_declared_at", "lgbt_plus_declared_at",
        "is_councillor", "affiliate_code",
    ];

    public static readonly string List = string.Join(", ", Names);

    public static readonly string Upsert =
        $"INSERT INTO members ({List}) VALUES ({string.Join(", ", Names.Select(n => "@" + n))}) "
        + "ON CONFLICT (membership_number) DO UPDATE SET "
        + string.Join(", ", Names.Skip(1).Select(n => $"{n} = excluded.{n}"));

    /// <summary>Column values in <see cref="Names"/> order, converted for <paramref name="dialect"/>.</summary>
    public static void Values(Dialect dialect, Member member, object?[] values)
    {
        values[0] = member.MembershipNumber;
        values[1] = member.FirstName;
        values[2] = member.LastName;
        values[3] = member.Email;
        values[4] = member.Address?.Line1;
        values[5] = member.Address?.Line2;
        values[6] = member.Address?.Line3;
        values[7] = member.Address?.Town;
        values[8] = member.Address?.Postcode;
        values[9] = dialect.Date(member.DateOfBirth);
        values[10] = dialect.Instant(member.JoinedAt);
        values[11] = dialect.Date(member.ContinuousSince);
        values[12] = dialect.Date(member.PaidUpTo);
        values[13] = RegisterCodes.Of(member.Status);
        values[14] = member.LocalPartyCode;
        values[15] = member.BranchCode;
        values[16] = dialect.Instant(Declared(member, Section.Women));
        values[17] = dialect.Instant(Declared(member, Section.Bame));
        values[18] = dialect.Instant(Declared(member, Section.Disabled));
        values[19] = dialect.Instant(Declared(member, Section.LgbtPlus));
        values[20] = member.IsCouncillor;
        values[21] = member.AffiliateCode;
    }

    public static Member Read(Dialect dialect, DbDataReader reader)
    {
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        DateOnly? Date(int i) => reader.IsDBNull(i) ? null : dialect.ReadDate(reader, i);
        DateTimeOffset? Instant(int i) => reader.IsDBNull(i) ? null : dialect.ReadInstant(reader, i);

        var sections = new List<SectionDeclaration>(0);
        for (var i = 0; i < 4; i++)
        {
            if (Instant(16 + i) is { } declared)
            {
                sections.Add(new SectionDeclaration((Section)i, declared));
            }
        }

        var line1 = Text(4);
        return new Member
        {
            MembershipNumber = reader.GetString(0),
            FirstName = reader.GetString(1),
            LastName = reader.GetString(2),
            Email = Text(3),
            Address = line1 is null ? null : new PostalAddress(line1, Text(5), Text(6), Text(7) ?? string.Empty, Text(8) ?? string.Empty),
            DateOfBirth = Date(9),
            JoinedAt = dialect.ReadInstant(reader, 10),
            ContinuousSince = dialect.ReadDate(reader, 11),
            PaidUpTo = Date(12),
            Status = RegisterCodes.ParseStatus(reader.GetString(13)),
            LocalPartyCode = reader.GetString(14),
            BranchCode = Text(15),
            Sections = sections,
            IsCouncillor = reader.GetBoolean(20),
            AffiliateCode = Text(21),
        };
    }

    /// <summary>When the member declared <paramref name="section"/>; the earliest if declared twice.</summary>
    public static DateTimeOffset? Declared(Member member, Section section)
    {
        DateTimeOffset? found = null;
        foreach (var declaration in member.Sections)
        {
            if (declaration.Section == section && (found is null || declaration.DeclaredAt < found))
            {
                found = declaration.DeclaredAt;
            }
        }

        return found;
    }
}
