using Omov.Data;
using Omov.Data.Results;
using Omov.Elections.Events;

namespace Omov.Web.Outcomes;

/// <summary>
/// What the public may see: only events that are declared, and only their declared results.
/// Everything else is "not found", so a public page says nothing about an event before its declaration.
/// </summary>
internal sealed class DeclaredResults(OmovDatabase database)
{
    /// <summary>Every declared event, latest close first.</summary>
    public async Task<IReadOnlyList<BallotEvent>> EventsAsync(CancellationToken cancellationToken) =>
        [.. (await database.BallotEvents.ListAsync(cancellationToken)).Where(e => e.Status == BallotEventStatus.Declared)];

    /// <summary>The declared event <paramref name="code"/> and its declared results, or null.</summary>
    public async Task<(BallotEvent Event, IReadOnlyList<StoredContestResult> Results)?> EventAsync(string? code, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(code) || await database.BallotEvents.GetAsync(code, cancellationToken) is not { Status: BallotEventStatus.Declared } found)
        {
            return null;
        }

        var results = (await database.Results.ListAsync(found.Id, cancellationToken)).Where(r => r.Status == ResultStatus.Declared).ToList();
        return (found, results);
    }

    /// <summary>One declared contest result, or null.</summary>
    public async Task<(BallotEvent Event, EventContest Contest, StoredContestResult Result)?> ContestAsync(string? code, string? contest, CancellationToken cancellationToken)
    {
        if (await EventAsync(code, cancellationToken) is not { } declared
            || declared.Results.FirstOrDefault(r => r.ContestCode == contest) is not { } result
            || declared.Event.Contest(result.ContestCode) is not { } found)
        {
            return null;
        }

        return (declared.Event, found, result);
    }
}
