using FamilyContext.Plugin.Store;

namespace FamilyContext.Plugin.Tests.Store;

/// <summary>The read-ahead between an extract's reader and the store's writer: order kept, failures passed on where they happened, an early stop stopping the source.</summary>
public sealed class ReadAheadTests
{
    [Fact]
    public void Every_item_arrives_in_order_across_batches()
    {
        Assert.Equal(Enumerable.Range(0, 5_000), ReadAhead.Of(Enumerable.Range(0, 5_000), CancellationToken.None));
    }

    [Fact]
    public void A_failure_in_the_source_reaches_the_consumer_after_the_items_before_it()
    {
        var seen = new List<int>();

        var failure = Assert.Throws<InvalidDataException>(() =>
        {
            foreach (var item in ReadAhead.Of(Failing(1_000), CancellationToken.None))
            {
                seen.Add(item);
            }
        });

        Assert.Equal("row 1000", failure.Message);
        Assert.Equal(Enumerable.Range(0, 1_000), seen);
    }

    [Fact]
    public void A_consumer_that_stops_early_stops_the_source()
    {
        var produced = 0;
        IEnumerable<int> Endless()
        {
            while (true)
            {
                yield return Interlocked.Increment(ref produced);
            }
        }

        var first = ReadAhead.Of(Endless(), CancellationToken.None).Take(10).ToList();
        var after = Volatile.Read(ref produced);
        Thread.Sleep(200);

        Assert.Equal(Enumerable.Range(1, 10), first);
        Assert.Equal(after, Volatile.Read(ref produced));
    }

    private static IEnumerable<int> Failing(int at)
    {
        for (var i = 0; ; i++)
        {
            if (i == at)
            {
                throw new InvalidDataException($"row {i}");
            }

            yield return i;
        }
    }
}
