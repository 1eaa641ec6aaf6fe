using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Omov.Data.Register;

/// <summary>
/// Runs an enumerable on its own thread, handing items over through a bounded queue, so reading
/// and checking a CSV file overlaps with writing to the database (each takes about as long). The
/// bound keeps memory flat however big the file.
/// </summary>
internal static class Pipeline
{
    public static IEnumerable<T> ReadAhead<T>(IEnumerable<T> source, int capacity, CancellationToken cancellationToken)
    {
        using var queue = new BlockingCollection<T>(capacity);
        ExceptionDispatchInfo? failure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Factory.StartNew(
            () =>
            {
                try
                {
                    foreach (var item in source)
                    {
                        queue.Add(item, stop.Token);
                    }
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    // The consumer stopped early (or the import was cancelled): nothing more to hand over.
                }
#pragma warning disable CA1031 // Re-thrown on the consumer's thread below.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    failure = ExceptionDispatchInfo.Capture(ex);
                }
                finally
                {
                    queue.CompleteAdding();
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

        try
        {
            foreach (var item in queue.GetConsumingEnumerable(cancellationToken))
            {
                yield return item;
            }
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }

        failure?.Throw();
    }
}
