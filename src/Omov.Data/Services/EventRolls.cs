using Omov.Elections.Events;

namespace Omov.Data.Services;

/// <summary>
/// The approved rolls behind an event's contests: for each distinct <see cref="EventContest.RollContest"/>,
/// its approved roll's id, or that it has none (no such stored contest, or its roll not yet approved).
/// </summary>
public sealed record EventRolls(IReadOnlyDictionary<long, string> Approved, IReadOnlyList<string> NotApproved)
{
    /// <summary>The roll contests with an approved roll.</summary>
    public IReadOnlySet<string> ApprovedContests => Approved.Values.ToHashSet(StringComparer.Ordinal);

    /// <summary>Reads them from storage.</summary>
    public static async Task<EventRolls> ReadAsync(OmovDatabase database, BallotEvent ballotEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(ballotEvent);
        var approved = new Dictionary<long, string>();
        var missing = new List<string>();
        foreach (var code in ballotEvent.Contests.Select(c => c.RollContest).Distinct(StringComparer.Ordinal))
        {
            var contest = await database.Contests.GetAsync(code, cancellationToken).ConfigureAwait(false);
            var roll = contest is null ? null : await database.Rolls.GetApprovedAsync(contest.Id, cancellationToken).ConfigureAwait(false);
            if (roll is null)
            {
                missing.Add(code);
            }
            else
            {
                approved[roll.Id] = code;
            }
        }

        return new EventRolls(approved, missing);
    }
}
