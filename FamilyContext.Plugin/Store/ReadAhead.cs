using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace FamilyContext.Plugin.Store;

/// <summary>
/// Enumerates a source on another thread, a bounded number of batches ahead of the consumer: an extract is read
/// and checked on one core while the store writes on the other. Memory stays bounded; an exception from the source
/// (a rejected extract) reaches the consumer where the source would have thrown it; a consumer that stops early
/// stops the source.
/// </summary>
internal static class ReadAhead
{
    private const int BatchSize = 256;
    private const int BatchesAhead = 4;

    public static IEnumerable<T> Of<T>(IEnumerable<T> source, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var batches = new BlockingCollection<T[]>(BatchesAhead);
        var producer = Task.Run(() => Produce(source, batches, stop.Token), CancellationToken.None);
        try
        {
            foreach (var batch in batches.GetConsumingEnumerable(cancellationToken))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }
            }

            // The source ended or threw: either way the producer has finished; rethrow what it threw, as it threw it.
            if (producer.GetAwaiter().GetResult() is { } failure)
            {
                failure.Throw();
            }
        }
        finally
        {
            stop.Cancel();
            producer.Wait(CancellationToken.None);
        }
    }

    private static ExceptionDispatchInfo? Produce<T>(IEnumerable<T> source, BlockingCollection<T[]> batches, CancellationToken stop)
    {
        var batch = new List<T>(BatchSize);
        try
        {
            foreach (var item in source)
            {
                batch.Add(item);
                if (batch.Count == BatchSize)
                {
                    batches.Add([.. batch], stop);
                    batch.Clear();
                }
            }

            if (batch.Count > 0)
            {
                batches.Add([.. batch], stop);
            }

            return null;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            // The items read before the failure still reach the consumer, then the failure.
            var failure = ExceptionDispatchInfo.Capture(e);
            try
            {
                if (batch.Count > 0)
                {
                    batches.Add([.. batch], stop);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer has gone: nobody is waiting for them.
            }

            return failure;
        }
        finally
        {
            batches.CompleteAdding();
        }
    }
}
