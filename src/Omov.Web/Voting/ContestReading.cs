using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;

namespace Omov.Web.Voting;

/// <summary>
/// How the marks in one contest are read: the choice to seal, the candidates in the order they
/// count (preference order, or ballot order for ticks), problems that stop the vote (errors) and
/// things the voter should know before casting (warnings).
/// </summary>
internal sealed record ContestReading(int Number, EventContest Contest, ContestChoice Choice, IReadOnlyList<EventCandidate> Chosen, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings);
