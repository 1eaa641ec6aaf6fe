using System.Data.Common;
using Omov.Data.Engines;
using Omov.Elections.Messages;

namespace Omov.Data.Messages;

/// <summary>
/// Members' unsubscribe tokens and whether they have unsubscribed from optional messages. A token
/// is made the first time a member is sent an optional message and reused ever after, so every
/// link a member has received keeps working.
/// </summary>
public sealed class SubscriptionRepository
{
    private readonly Dialect _dialect;
    private readonly TimeProvider _time;

    internal SubscriptionRepository(Dialect dialect, TimeProvider time)
    {
        _dialect = dialect;
        _time = time;
    }

    /// <summary>
    /// The token of each of <paramref name="membershipNumbers"/>, making the missing ones (a new
    /// random token each; two callers at once agree, as the first insert wins).
    /// </summary>
    public async Task<IReadOnlyDictionary<string, string>> TokensAsync(IReadOnlyCollection<string> membershipNumbers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membershipNumbers);
        var tokens = new Dictionary<string, string>(membershipNumbers.Count, StringComparer.Ordinal);
        if (membershipNumbers.Count == 0)
        {
            return tokens;
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using (var insert = Dialect.Command(connection, transaction,
            "INSERT INTO member_subscriptions (membership_number, token, created_at) VALUES (@number, @token, @now) ON CONFLICT (membership_number) DO NOTHING"))
        {
            var number = insert.CreateParameter();
            number.ParameterName = "@number";
            var token = insert.CreateParameter();
            token.ParameterName = "@token";
            insert.Parameters.Add(number);
            insert.Parameters.Add(token);
            Dialect.Add(insert, "@now", _dialect.Instant(_time.GetUtcNow()));
            foreach (var member in membershipNumbers)
            {
                number.Value = member;
                token.Value = UnsubscribeToken.New();
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await using (var select = InCommand(connection, transaction, "SELECT membership_number, token FROM member_subscriptions WHERE membership_number IN ", membershipNumbers))
        await using (var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                tokens[reader.GetString(0)] = reader.GetString(1);
            }
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return tokens;
    }

    /// <summary>Every member who has unsubscribed (few, next to the register: held in memory while a message is queued).</summary>
    public async Task<IReadOnlySet<string>> UnsubscribedAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT membership_number FROM member_subscriptions WHERE unsubscribed_at IS NOT NULL");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            numbers.Add(reader.GetString(0));
        }

        return numbers;
    }

    /// <summary>The member a token belongs to and whether they are unsubscribed now, or null for an unknown token.</summary>
    public async Task<(string MembershipNumber, bool Unsubscribed)?> FindAsync(string token, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null, "SELECT membership_number, unsubscribed_at FROM member_subscriptions WHERE token = @token");
        Dialect.Add(select, "@token", token);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetString(0), !reader.IsDBNull(1)) : null;
    }

    /// <summary>
    /// Unsubscribes (or, with <paramref name="unsubscribe"/> false, subscribes again) the member
    /// whose token this is; the member's number when the state changed, null when the token is
    /// unknown or it was already so.
    /// </summary>
    public async Task<string?> SetAsync(string token, bool unsubscribe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(token);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await _dialect.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
        await using var update = Dialect.Command(connection, transaction, unsubscribe
            ? "UPDATE member_subscriptions SET unsubscribed_at = @now WHERE token = @token AND unsubscribed_at IS NULL"
            : "UPDATE member_subscriptions SET unsubscribed_at = NULL WHERE token = @token AND unsubscribed_at IS NOT NULL");
        Dialect.Add(update, "@token", token);
        if (unsubscribe)
        {
            Dialect.Add(update, "@now", _dialect.Instant(_time.GetUtcNow()));
        }

        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            return null;
        }

        await using var select = Dialect.Command(connection, transaction, "SELECT membership_number FROM member_subscriptions WHERE token = @token");
        Dialect.Add(select, "@token", token);
        var number = (string?)await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return number;
    }

    private static DbCommand InCommand(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyCollection<string> values)
    {
        var command = Dialect.Command(connection, transaction, sql + "(" + string.Join(", ", Enumerable.Range(0, values.Count).Select(i => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + ")");
        var i = 0;
        foreach (var value in values)
        {
            Dialect.Add(command, "@p" + (i++).ToString(System.Globalization.CultureInfo.InvariantCulture), value);
        }

        return command;
    }

    private async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = _dialect.CreateConnection();
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }
}
