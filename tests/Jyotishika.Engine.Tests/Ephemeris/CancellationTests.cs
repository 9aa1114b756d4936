using Jyotishika.Engine.Ephemeris;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>A stream that is cancelled or abandoned leaves no work behind on the pool.</summary>
public sealed class CancellationTests
{
    // A million instants of nine bodies: about two minutes of native work on two threads, were it to run on.
    private static readonly DateTime Start = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static readonly PositionsQuery LongStream = new(Start, Start.AddSeconds(60L * 999_999), 60, [], ChartSettings.Default);

    [Test]
    public async Task Cancelling_a_positions_stream_stops_the_work_promptly()
    {
        using var cancel = new CancellationTokenSource();
        var received = 0;

        var stopping = Assert.CatchAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in EphemerisTestPool.Engine.StreamPositionsAsync(LongStream, cancel.Token))
            {
                if (++received == 100)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.That(stopping, Is.Not.Null);
        await AssertPoolDrainsAsync();
    }

    [Test]
    public async Task Abandoning_an_events_search_stops_the_work_promptly()
    {
        var query = new EventsQuery(
            new DateTime(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc), new DateTime(2099, 1, 1, 0, 0, 0, DateTimeKind.Utc), [], [],
            ChartSettings.Default);

        await foreach (var _ in EphemerisTestPool.Engine.SearchEventsAsync(query))
        {
            break;
        }

        await AssertPoolDrainsAsync();
    }

    /// <summary>Generous on purpose: the point is that the work stops, not how fast the machine is.</summary>
    private static async Task AssertPoolDrainsAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(2);
        while ((EphemerisTestPool.Pool.BusyThreads > 0 || EphemerisTestPool.Pool.QueueDepth > 0) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(10);
        }

        Assert.That((EphemerisTestPool.Pool.BusyThreads, EphemerisTestPool.Pool.QueueDepth), Is.EqualTo((0, 0)));

        // And it stays drained: nothing was left queued to start later.
        await Task.Delay(300);
        Assert.That((EphemerisTestPool.Pool.BusyThreads, EphemerisTestPool.Pool.QueueDepth), Is.EqualTo((0, 0)));
    }
}
