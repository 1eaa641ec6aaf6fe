using System.Runtime.CompilerServices;
using Omov.Data.Engines;
using Omov.Elections.Register;

namespace Omov.Data.Repositories;

public sealed partial class MemberRepository
{
    // Stands in for "has a postal address" on a lean read: the channel decision asks only whether there is one.
    private static readonly PostalAddress s_someAddress = new("(not read)", null, null, string.Empty, string.Empty);

    /// <summary>
    /// Members with only <paramref name="fields"/> read (and the membership number), in no
    /// particular order, optionally only those whose status is in <paramref name="statuses"/>:
    /// the fast path for freezing and counting. Fields not read hold placeholders (empty text,
    /// default dates), so only rules that test the fields read may be evaluated on them (see
    /// <see cref="EligibilityFields"/>). Names and addresses are never read.
    /// </summary>
    public async IAsyncEnumerable<Member> StreamLeanAsync(MemberFields fields, IReadOnlyCollection<MemberStatus>? statuses = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var columns = new List<string> { "membership_number" };
        int Column(string name)
        {
            columns.Add(name);
            return columns.Count - 1;
        }

        int email = -1, address = -1, sections = -1, status = -1, joined = -1, continuous = -1, paid = -1, birth = -1, party = -1, councillor = -1, affiliate = -1;
        if (fields.HasFlag(MemberFields.Contact))
        {
            email = Column("email");
            address = Column("address_line1 IS NOT NULL");
        }

        if (fields.HasFlag(MemberFields.Sections))
        {
            sections = Column("women_declared_at");
            Column("bame_declared_at");
            Column("disabled_declared_at");
            Column("lgbt_plus_declared_at");
        }

        if (fields.HasFlag(MemberFields.Status) || statuses is not null)
        {
            status = Column("status");
        }

        joined = fields.HasFlag(MemberFields.JoinedAt) ? Column("joined_at") : -1;
        continuous = fields.HasFlag(MemberFields.ContinuousSince) ? Column("continuous_since") : -1;
        paid = fields.HasFlag(MemberFields.PaidUpTo) ? Column("paid_up_to") : -1;
        birth = fields.HasFlag(MemberFields.DateOfBirth) ? Column("date_of_birth") : -1;
        party = fields.HasFlag(MemberFields.LocalParty) ? Column("local_party_code") : -1;
        councillor = fields.HasFlag(MemberFields.Councillor) ? Column("is_councillor") : -1;
        affiliate = fields.HasFlag(MemberFields.Affiliate) ? Column("affiliate_code") : -1;

        // Status codes are constants from RegisterCodes, never user text; no ORDER BY: the roll sorts itself.
        var where = statuses is null ? string.Empty
            : " WHERE status IN (" + (statuses.Count == 0 ? "NULL" : string.Join(", ", statuses.Select(s => "'" + RegisterCodes.Of(s) + "'"))) + ")";
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, "SELECT " + string.Join(", ", columns) + " FROM members" + where);
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var dialect = _dialect;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            IReadOnlyList<SectionDeclaration> declared = [];
            if (sections >= 0)
            {
                List<SectionDeclaration>? list = null;
                for (var i = 0; i < 4; i++)
                {
                    if (!reader.IsDBNull(sections + i))
                    {
                        (list ??= new List<SectionDeclaration>(2)).Add(new SectionDeclaration((Section)i, dialect.ReadInstant(reader, sections + i)));
                    }
                }

                declared = list is null ? [] : list;
            }

            yield return new Member
            {
                MembershipNumber = reader.GetString(0),
                FirstName = string.Empty,
                LastName = string.Empty,
                Email = email >= 0 && !reader.IsDBNull(email) ? reader.GetString(email) : null,
                Address = address >= 0 && reader.GetBoolean(address) ? s_someAddress : null,
                Sections = declared,
                Status = status >= 0 ? RegisterCodes.ParseStatus(reader.GetString(status)) : MemberStatus.Full,
                JoinedAt = joined >= 0 ? dialect.ReadInstant(reader, joined) : default,
                ContinuousSince = continuous >= 0 ? dialect.ReadDate(reader, continuous) : default,
                PaidUpTo = paid >= 0 && !reader.IsDBNull(paid) ? dialect.ReadDate(reader, paid) : null,
                DateOfBirth = birth >= 0 && !reader.IsDBNull(birth) ? dialect.ReadDate(reader, birth) : null,
                LocalPartyCode = party >= 0 ? reader.GetString(party) : string.Empty,
                IsCouncillor = councillor >= 0 && reader.GetBoolean(councillor),
                AffiliateCode = affiliate >= 0 && !reader.IsDBNull(affiliate) ? reader.GetString(affiliate) : null,
            };
        }
    }

    /// <summary>Every membership number, in no particular order: the baseline a lean read is measured against.</summary>
    public async IAsyncEnumerable<string> StreamNumbersAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, "SELECT membership_number FROM members");
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return reader.GetString(0);
        }
    }

}
