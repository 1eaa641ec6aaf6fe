using System.Data.Common;
using Omov.Data.Engines;
using Omov.Elections.Delegates;
using Omov.Elections.Rulebooks;

namespace Omov.Data.Delegates;

/// <summary>
/// One grouped SQL count of the counted members per local party, with the women and young among
/// them. The WHERE clause is the counted-members rulebook (<see cref="CountedMembers.ToRulebook"/>)
/// written as SQL, rule for rule as the eligibility evaluator decides it (tests compare the two).
/// </summary>
internal sealed class MemberCountQuery
{
    private readonly List<(string Name, object Value)> _parameters = [];

    public MemberCountQuery(Dialect dialect, DelegateRules rules, DateOnly on)
    {
        var where = new List<string>();
        foreach (var rule in rules.Counted.ToRulebook(on, rules.TimeZone, rules.Id).Rules)
        {
            where.Add(rule switch
            {
                AffiliatedSupportersRule { Policy: AffiliatedSupporterPolicy.Excluded } => "affiliate_code IS NULL",
                AffiliatedSupportersRule { Policy: AffiliatedSupporterPolicy.Only } => "affiliate_code IS NOT NULL",
                AffiliatedSupportersRule => "1 = 1",
                // Status codes are constants from RegisterCodes, never user text.
                StatusRule status => "status IN (" + string.Join(", ", status.Allowed.Select(s => "'" + RegisterCodes.Of(s) + "'")) + ")",
                NotInArrearsRule arrears => Bind("paid_up_to >= @paid_from", "@paid_from", dialect.Date(arrears.On.AddDays(-arrears.GraceDays))),
                _ => throw new InvalidOperationException($"no SQL for a counted-members rule of kind {rule.GetType().Name}"),
            });
        }

        // Declared a woman by the end of the count date in the organisation's zone (as a sectionDeclared
        // rule with an end-of-day cut-off decides); under N on the date as the ageUnder rule decides.
        var zone = ZoneTime.Find(rules.TimeZone) ?? TimeZoneInfo.Utc;
        var womenBefore = new DateTimeOffset(ZoneTime.ToUtc(on.AddDays(1).ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);
        Bind(string.Empty, "@women_before", dialect.Instant(womenBefore));
        var bornAfter = on.AddYears(-(rules.Youth?.AgeUnder ?? 0));
        Bind(string.Empty, "@born_after", dialect.Date(bornAfter));
        Sql = "SELECT local_party_code, COUNT(*), "
            + "SUM(CASE WHEN women_declared_at < @women_before THEN 1 ELSE 0 END), "
            + "SUM(CASE WHEN date_of_birth > @born_after THEN 1 ELSE 0 END) "
            + "FROM members WHERE " + string.Join(" AND ", where)
            // SQLite would otherwise walk ix_members_local_party to group and fetch every row from the table by
            // rowid (a random read each); the unary + keeps it to one sequential scan and a small sort.
            + (dialect.Engine == DatabaseEngine.Sqlite ? " GROUP BY +local_party_code" : " GROUP BY local_party_code");
    }

    public string Sql { get; }

    public void AddParameters(DbCommand command)
    {
        foreach (var (name, value) in _parameters)
        {
            Dialect.Add(command, name, value);
        }
    }

    private string Bind(string sql, string name, object value)
    {
        _parameters.Add((name, value));
        return sql;
    }
}
