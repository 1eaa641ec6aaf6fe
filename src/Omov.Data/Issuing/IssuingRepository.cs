using System.Data.Common;
using System.Globalization;
using Omov.Data.Engines;
using Omov.Data.Outbox;
using Omov.Data.Voting;
using Omov.Elections.Register;
using Omov.Elections.Rolls;

namespace Omov.Data.Issuing;

/// <summary>
/// The storage side of issuing an event's credentials (docs/issuing-ballots.md): who on its
/// approved rolls still has no ballot, read in membership-number pages, and the one transaction
/// per batch that stores the voters with their code hashes and queues their ballot emails.
/// </summary>
public sealed class IssuingRepository
{
    private readonly Dialect _dialect;
    private readonly VotingRepository _votes;
    private readonly EmailOutboxRepository _outbox;

    internal IssuingRepository(Dialect dialect, VotingRepository votes, EmailOutboxRepository outbox)
    {
        _dialect = dialect;
        _votes = votes;
        _outbox = outbox;
    }

    /// <summary>How many members on the rolls <paramref name="rolls"/> (roll id → roll contest code) hold no ballot in the event yet.</summary>
    public async Task<long> CountPendingAsync(Guid eventId, IReadOnlyDictionary<long, string> rolls, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rolls);
        if (rolls.Count == 0)
        {
            return 0;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = Dialect.Command(connection, null,
            $"SELECT COUNT(DISTINCT v.membership_number) FROM roll_voters v WHERE v.roll_id IN ({RollList(rolls)}) "
            + "AND NOT EXISTS (SELECT 1 FROM event_voters e WHERE e.event_id = @event AND e.membership_number = v.membership_number)");
        Dialect.Add(count, "@event", eventId.ToString("D"));
        count.CommandTimeout = 0;
        return Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Up to <paramref name="limit"/> members after <paramref name="after"/> (membership-number
    /// order) on the rolls <paramref name="rolls"/> who hold no ballot in the event, with their
    /// register entry. A member on a roll but no longer in the register is left out. Empty at the end.
    /// </summary>
    public async Task<IReadOnlyList<PendingVoter>> ReadPendingAsync(Guid eventId, IReadOnlyDictionary<long, string> rolls, string? after, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rolls);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, rolls.Count + 1);
        if (rolls.Count == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string Member, string Contest, DeliveryChannel Channel)>(limit);
        await using (var select = Dialect.Command(connection, null,
            $"SELECT v.membership_number, v.roll_id, v.channel FROM roll_voters v WHERE v.roll_id IN ({RollList(rolls)}) AND v.membership_number > @after "
            + "AND NOT EXISTS (SELECT 1 FROM event_voters e WHERE e.event_id = @event AND e.membership_number = v.membership_number) "
            + "ORDER BY v.membership_number LIMIT @limit"))
        {
            Dialect.Add(select, "@event", eventId.ToString("D"));
            Dialect.Add(select, "@after", after ?? string.Empty);
            Dialect.Add(select, "@limit", limit);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add((reader.GetString(0), rolls[reader.GetInt64(1)], ChannelOf(reader.GetString(2))));
            }
        }

        if (rows.Count == 0)
        {
            return [];
        }

        // A full page may have cut the last member's rows short: leave them to the next page.
        if (rows.Count == limit)
        {
            var last = rows[^1].Member;
            rows.RemoveAll(r => r.Member == last);
        }

        var members = new Dictionary<string, Member>(rows.Count, StringComparer.Ordinal);
        await using (var select = Dialect.Command(connection, null,
            $"SELECT {MemberColumns.List} FROM members WHERE membership_number >= @first AND membership_number <= @last"))
        {
            Dialect.Add(select, "@first", rows[0].Member);
            Dialect.Add(select, "@last", rows[^1].Member);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var member = MemberColumns.Read(_dialect, reader);
                members[member.MembershipNumber] = member;
            }
        }

        var pending = new List<PendingVoter>();
        foreach (var group in rows.GroupBy(r => r.Member, StringComparer.Ordinal))
        {
            if (!members.TryGetValue(group.Key, out var member))
            {
                continue;
            }

            var channels = group.Select(r => r.Channel).ToList();
            var channel = channels.Contains(DeliveryChannel.Post) ? DeliveryChannel.Post
                : channels.Contains(DeliveryChannel.Email) ? DeliveryChannel.Email
                : DeliveryChannel.NoContact;
            pending.Add(new PendingVoter(member, group.Select(r => r.Contest).ToHashSet(StringComparer.Ordinal), channel));
        }

        return pending;
    }

    /// <summary>
    /// Issues one batch in ONE transaction: adds <paramref name="voters"/> with their code hashes,
    /// and queues those of <paramref name="emails"/> whose member was added (matched by
    /// <see cref="OutboxMessage.MemberNumber"/>). Either all of it commits or none. A member another
    /// run issued first is skipped, with their email. Returns the members added.
    /// </summary>
    public async Task<IReadOnlySet<string>> IssueBatchAsync(Guid eventId, IReadOnlyList<NewVoter> voters, IReadOnlyList<OutboxMessage> emails, DateTimeOffset issuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(voters);
        ArgumentNullException.ThrowIfNull(emails);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await _dialect.BeforeBulkAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        var added = await _votes.AddVotersReturningAsync(connection, transaction, eventId, voters, issuedAt, cancellationToken).ConfigureAwait(false);
        await _outbox.EnqueueAsync(connection, transaction, emails.Where(e => e.MemberNumber is { } m && added.Contains(m)), cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return added;
    }

    /// <summary>How many members hold a ballot in the event, by channel.</summary>
    public async Task<IssuedCounts> CountIssuedAsync(Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT channel, COUNT(*) FROM event_voters WHERE event_id = @event GROUP BY channel");
        Dialect.Add(select, "@event", eventId.ToString("D"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        long email = 0, post = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var count = Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture);
            if (reader.GetString(0) == "post")
            {
                post = count;
            }
            else
            {
                email = count;
            }
        }

        return new IssuedCounts(email, post);
    }

    // Roll ids are database integers, never user text: safe to write into the statement.
    private static string RollList(IReadOnlyDictionary<long, string> rolls) =>
        string.Join(", ", rolls.Keys.Select(id => id.ToString(CultureInfo.InvariantCulture)));

    private static DeliveryChannel ChannelOf(string name) =>
        Enum.GetValues<DeliveryChannel>().First(c => RollListing.ChannelName(c) == name);

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
