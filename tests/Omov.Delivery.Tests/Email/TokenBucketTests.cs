using Microsoft.Extensions.Time.Testing;
using Omov.Delivery.Email;

namespace Omov.Delivery.Tests.Email;

public sealed class TokenBucketTests
{
    [Fact]
    public async Task TakeAsync_TenPerSecond_EleventhWaitsForATenthOfASecondAfterAFullSecond()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(10, time);
        await bucket.TakeAsync(CancellationToken.None);
        // Idle for a second: the bucket refills to its capacity, one second's worth.
        time.Advance(TimeSpan.FromSeconds(1));
        for (var i = 0; i < 10; i++)
        {
            Assert.True(bucket.TakeAsync(CancellationToken.None).IsCompleted);
        }

        var eleventh = bucket.TakeAsync(CancellationToken.None);
        Assert.False(eleventh.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(99));
        Assert.False(eleventh.IsCompleted);
        time.Advance(TimeSpan.FromMilliseconds(1));
        await eleventh;
    }

    [Fact]
    public async Task TakeAsync_SteadyDemand_PacedAtTheRate()
    {
        var time = new FakeTimeProvider();
        var bucket = new TokenBucket(4, time);
        var taken = 0;
        var start = time.GetUtcNow();
        var loop = Task.Run(async () =>
        {
            for (var i = 0; i < 9; i++)
            {
                await bucket.TakeAsync(CancellationToken.None);
                Interlocked.Increment(ref taken);
            }
        });
        while (!loop.IsCompleted)
        {
            await Task.Delay(1);
            time.Advance(TimeSpan.FromMilliseconds(50));
        }

        await loop;
        // One token at the start, then one every quarter second: the ninth after two seconds.
        Assert.InRange(time.GetUtcNow() - start, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2.2));
    }
}
