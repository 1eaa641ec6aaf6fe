using Omov.Counting.Ballots;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;

namespace Omov.Elections.Results;

/// <summary>
/// The opened ballots of one contest, gathered for counting: every ranking or selection into a
/// <see cref="BallotBoxBuilder"/>, and blank and spoilt papers counted apart (they go into the
/// box as empty ballots, which every method treats as invalid, so the published BLT recounts to
/// the same figures).
/// </summary>
public sealed class ContestTally
{
    private readonly BallotBoxBuilder _builder;

    /// <summary>A tally for <paramref name="contest"/>.</summary>
    public ContestTally(EventContest contest)
    {
        ArgumentNullException.ThrowIfNull(contest);
        Contest = contest;
        _builder = new BallotBoxBuilder(contest.Candidates.Count);
    }

    /// <summary>The contest.</summary>
    public EventContest Contest { get; }

    /// <summary>Ballots that had this contest on them, whatever the voter did there.</summary>
    public long Ballots { get; private set; }

    /// <summary>Ballots left blank in this contest.</summary>
    public long Blank { get; private set; }

    /// <summary>Papers marked spoilt in this contest.</summary>
    public long Spoilt { get; private set; }

    /// <summary>Adds one voter's choice in this contest.</summary>
    public void Add(ContestChoice choice)
    {
        ArgumentNullException.ThrowIfNull(choice);
        Ballots++;
        switch (choice.Kind)
        {
            case ChoiceKind.Blank:
                Blank++;
                _builder.AddEmpty(1);
                break;
            case ChoiceKind.Spoilt:
                Spoilt++;
                _builder.AddEmpty(1);
                break;
            default:
                // Candidate numbers on the ballot are 1-based; the counting engine's are 0-based.
                Span<int> ranking = stackalloc int[choice.Candidates.Count];
                for (var i = 0; i < ranking.Length; i++)
                {
                    ranking[i] = choice.Candidates[i] - 1;
                }

                _builder.Add((ReadOnlySpan<int>)ranking);
                break;
        }
    }

    /// <summary>The ballot box to count and publish.</summary>
    public BallotBox Build() =>
        _builder.Build(Contest.Title, Contest.Seats, [.. Contest.Candidates.Select(c => c.Name)]);
}
