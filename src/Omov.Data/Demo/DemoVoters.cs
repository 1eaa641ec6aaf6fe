using Omov.Data.Engines;
using Omov.Data.Outbox;

namespace Omov.Data.Demo;

/// <summary>
/// A few voters' codes for the demonstration, read from ballot emails still waiting in the outbox
/// (the demo has no mail server, so the codes are there until an email is sent, as they would be
/// in production). Only the demo prints them.
/// </summary>
public static class DemoVoters
{
    /// <summary>Up to <paramref name="count"/> (membership number, voting code, link) from queued ballot emails.</summary>
    public static async Task<IReadOnlyList<(string MembershipNumber, string Code, string Link)>> ReadAsync(OmovDatabase database, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        await using var connection = await database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var select = Dialect.Command(connection, null,
            "SELECT member_number, merge_values FROM email_outbox WHERE kind = 'ballot' AND status = 'queued' ORDER BY id LIMIT @count");
        Dialect.Add(select, "@count", count);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var voters = new List<(string, string, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var values = MergeValuesJson.Read(reader.GetString(1));
            if (values is not null && values.TryGetValue("voting_code", out var code) && values.TryGetValue("voting_link", out var link))
            {
                voters.Add((reader.GetString(0), code.Text ?? "", link.Text ?? ""));
            }
        }

        return voters;
    }
}
