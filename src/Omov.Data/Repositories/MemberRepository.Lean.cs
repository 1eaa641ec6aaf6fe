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
        var plan = new LeanPlan(fields, statuses);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        using var command = Dialect.Command(connection, null, plan.Sql);
        command.CommandTimeout = 0;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return plan.Read(_dialect, reader);
        }
    }

    /// <summary>
    /// As <see cref="StreamLeanAsync"/>, read synchronously: SQLite has no asynchronous I/O, and a
    /// Task per row costs more than the row (use it off the request thread, e.g. in <c>Task.Run</c>).
    /// </summary>
    public IEnumerable<Member> ReadLean(MemberFields fields, IReadOnlyCollection<MemberStatus>? statuses = null, CancellationToken cancellationToken = default)
    {
        var plan = new LeanPlan(fields, statuses);
        using var connection = _dialect.CreateConnection();
        connection.Open();
        using var command = Dialect.Command(connection, null, plan.Sql);
        command.CommandTimeout = 0;
        using var reader = command.ExecuteReader();
        long count = 0;
        while (reader.Read())
        {
            if ((++count & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return plan.Read(_dialect, reader);
        }
    }

    /// <summary>The SELECT for a lean read and where each field lands in its rows.</summary>
    private sealed class LeanPlan
    {
        private readonly int _email = -1, _address = -1, _sections = -1, _status = -1, _joined = -1, _continuous = -1, _paid = -1, _birth = -1, _party = -1, _councillor = -1, _affiliate = -1, _firstName = -1;

        public LeanPlan(MemberFields fields, IReadOnlyCollection<MemberStatus>? statuses)
        {
            var columns = new List<string> { "membership_number" };
            int Column(string name)
            {
                columns.Add(name);
                return columns.Count - 1;
            }

            if (fields.HasFlag(MemberFields.Contact))
            {
                _email = Column("email");
                _address = Column("address_line1 IS NOT NULL");
            }

            if (fields.HasFlag(MemberFields.Sections))
            {
                _sections = Column("women_declared_at");
                Column("bame_declared_at");
                Column("disabled_declared_at");
                Column("lgbt_plus_declared_at");
            }

            if (fields.HasFlag(MemberFields.Status) || statuses is not null)
            {
                _status = Column("status");
            }

            _joined = fields.HasFlag(MemberFields.JoinedAt) ? Column("joined_at") : -1;
            _continuous = fields.HasFlag(MemberFields.ContinuousSince) ? Column("continuous_since") : -1;
            _paid = fields.HasFlag(MemberFields.PaidUpTo) ? Column("paid_up_to") : -1;
            _birth = fields.HasFlag(MemberFields.DateOfBirth) ? Column("date_of_birth") : -1;
            _party = fields.HasFlag(MemberFields.LocalParty) ? Column("local_party_code") : -1;
            _councillor = fields.HasFlag(MemberFields.Councillor) ? Column("is_councillor") : -1;
            _affiliate = fields.HasFlag(MemberFields.Affiliate) ? Column("affiliate_code") : -1;
            _firstName = fields.HasFlag(MemberFields.FirstName) ? Column("first_name") : -1;

            // Status codes are constants from RegisterCodes, never user text; no ORDER BY: the roll sorts itself.
            var where = statuses is null ? string.Empty
                : " WHERE status IN (" + (statuses.Count == 0 ? "NULL" : string.Join(", ", statuses.Select(s => "'" + RegisterCodes.Of(s) + "'"))) + ")";
            Sql = "SELECT " + string.Join(", ", columns) + " FROM members" + where;
        }

        public string Sql { get; }

        public Member Read(Dialect dialect, System.Data.Common.DbDataReader reader)
        {
            IReadOnlyList<SectionDeclaration> declared = [];
            if (_sections >= 0)
            {
                List<SectionDeclaration>? list = null;
                for (var i = 0; i < 4; i++)
                {
                    if (!reader.IsDBNull(_sections + i))
                    {
                        (list ??= new List<SectionDeclaration>(2)).Add(new SectionDeclaration((Section)i, dialect.ReadInstant(reader, _sections + i)));
                    }
                }

                declared = list is null ? [] : list;
            }

            return new Member
            {
                MembershipNumber = reader.GetString(0),
                FirstName = _firstName >= 0 ? reader.GetString(_firstName) : string.Empty,
                LastName = string.Empty,
                Email = _email >= 0 && !reader.IsDBNull(_email) ? reader.GetString(_email) : null,
                Address = _address >= 0 && reader.GetBoolean(_address) ? s_someAddress : null,
                Sections = declared,
                Status = _status >= 0 ? RegisterCodes.ParseStatus(reader.GetString(_status)) : MemberStatus.Full,
                JoinedAt = _joined >= 0 ? dialect.ReadInstant(reader, _joined) : default,
                ContinuousSince = _continuous >= 0 ? dialect.ReadDate(reader, _continuous) : default,
                PaidUpTo = _paid >= 0 && !reader.IsDBNull(_paid) ? dialect.ReadDate(reader, _paid) : null,
                DateOfBirth = _birth >= 0 && !reader.IsDBNull(_birth) ? dialect.ReadDate(reader, _birth) : null,
                LocalPartyCode = _party >= 0 ? reader.GetString(_party) : string.Empty,
                IsCouncillor = _councillor >= 0 && reader.GetBoolean(_councillor),
                AffiliateCode = _affiliate >= 0 && !reader.IsDBNull(_affiliate) ? reader.GetString(_affiliate) : null,
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
