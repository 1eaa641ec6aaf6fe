using System.Security.Cryptography;
using Omov.Elections.Events;
using Omov.Elections.Secrecy.Ballots;
using Omov.Elections.Secrecy.Sealing;

namespace Omov.Elections.Results;

/// <summary>
/// Opens a ballot event's box and counts every contest: reads every sealed ballot, shuffles them
/// with the cryptographic generator (so neither the storage order nor the published BLT's order
/// says anything about when a ballot was cast), opens and decodes each, gathers each contest's
/// choices and counts each contest by its rules (<see cref="ContestCounting"/>). A ballot that does
/// not open or decode is counted as rejected, never guessed at: the returning officer sees how many.
/// </summary>
public static class BoxCount
{
    private const int ChunkSize = 8192;

    /// <summary>The string a ballot of <paramref name="ballotEvent"/> is bound to when sealed (<see cref="BallotContext.ForEvent"/>) and opened.</summary>
    public static string BindingOf(BallotEvent ballotEvent)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        return ballotEvent.Id.ToString("D");
    }

    /// <summary>
    /// Counts <paramref name="sealedBallots"/> of <paramref name="ballotEvent"/>. Opening is spread
    /// over <paramref name="workers"/> threads, each with its own opener from
    /// <paramref name="openers"/> (a <see cref="BallotOpener"/> is not thread-safe); every opener
    /// made is disposed before this returns.
    /// </summary>
    public static async Task<BoxCountResult> CountAsync(
        BallotEvent ballotEvent, Func<BallotOpener> openers, IAsyncEnumerable<byte[]> sealedBallots, int workers = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ballotEvent);
        ArgumentNullException.ThrowIfNull(openers);
        ArgumentNullException.ThrowIfNull(sealedBallots);
        ArgumentOutOfRangeException.ThrowIfLessThan(workers, 1);

        var box = new List<byte[]>();
        await foreach (var ballot in sealedBallots.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            box.Add(ballot);
        }

        Shuffle(box);
        var layout = BallotEventLayout.For(ballotEvent);
        var binding = BindingOf(ballotEvent);
        var tallies = ballotEvent.Contests.Select(c => new ContestTally(c)).ToArray();
        var pool = new BallotOpener[Math.Min(workers, Math.Max(1, box.Count))];
        long rejected = 0;
        try
        {
            for (var i = 0; i < pool.Length; i++)
            {
                pool[i] = openers();
            }

            var decoded = new BallotPlaintext?[ChunkSize];
            for (var start = 0; start < box.Count; start += ChunkSize)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var length = Math.Min(ChunkSize, box.Count - start);
                Parallel.For(0, pool.Length, w =>
                {
                    for (var i = w; i < length; i += pool.Length)
                    {
                        var opened = pool[w].Open(box[start + i], binding, layout);
                        decoded[i] = opened.Success ? opened.Ballot : null;
                    }
                });

                // Tallied in the shuffled order, on one thread: the BLT's order of rankings follows it.
                for (var i = 0; i < length; i++)
                {
                    if (decoded[i] is { } ballot)
                    {
                        foreach (var choice in ballot.Choices)
                        {
                            tallies[choice.Contest - 1].Add(choice);
                        }
                    }
                    else
                    {
                        rejected++;
                    }

                    decoded[i] = null;
                }
            }
        }
        finally
        {
            foreach (var opener in pool)
            {
                opener?.Dispose();
            }
        }

        var contests = new List<ContestOutcome>(tallies.Length);
        foreach (var tally in tallies)
        {
            var ballots = tally.Build();
            var counted = ContestCounting.Count(tally.Contest, ballots);
            if (!counted.Success)
            {
                return BoxCountResult.Fail(counted.Error);
            }

            contests.Add(new ContestOutcome(tally.Contest, ballots, tally.Ballots, tally.Blank, tally.Spoilt, counted.Result));
        }

        return BoxCountResult.Ok(box.Count, rejected, contests);
    }

    /// <summary>Fisher–Yates with <see cref="RandomNumberGenerator"/>: every order equally likely, none predictable.</summary>
    private static void Shuffle(List<byte[]> box)
    {
        for (var i = box.Count - 1; i > 0; i--)
        {
            var j = RandomNumberGenerator.GetInt32(i + 1);
            (box[i], box[j]) = (box[j], box[i]);
        }
    }
}
