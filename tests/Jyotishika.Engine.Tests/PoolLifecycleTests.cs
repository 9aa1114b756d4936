using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests;

/// <summary>Pools of their own: start-up checks, cancellation and shutdown.</summary>
[TestFixture]
public sealed class PoolLifecycleTests
{
    private static readonly ChartInput Chart =
        new(new DateTime(2000, 1, 1, 12, 0, 0, DateTimeKind.Utc), 18.52, 73.86, ChartSettings.Default);

    [Test]
    public void Pool_refuses_a_folder_without_the_ephemeris_files()
    {
        var empty = Directory.CreateTempSubdirectory("jyotishika-no-ephe");
        try
        {
            var options = new EphemerisPoolOptions { EphemerisPath = empty.FullName };
            Assert.Throws<InvalidOperationException>(() => new EphemerisPool(options).Dispose());
        }
        finally
        {
            empty.Delete();
        }
    }

    [Test]
    public async Task Requests_with_a_cancelled_token_are_cancelled_and_leave_no_queued_work()
    {
        using var pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1, QueueCapacity = 1 });
        var engine = new ChartEngine(pool);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync().ConfigureAwait(false);

        Assert.That(
            async () => await engine.ComputeAsync(Chart, cancelled.Token).ConfigureAwait(false),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(pool.QueueDepth, Is.Zero);
        Assert.That((await engine.ComputeAsync(Chart).ConfigureAwait(false)).Grahas, Has.Count.EqualTo(9), "the pool still serves");
    }

    [Test]
    public void Requests_after_dispose_throw_ObjectDisposedException()
    {
        var pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1 });
        var engine = new ChartEngine(pool);
        pool.Dispose();

        Assert.That(async () => await engine.ComputeAsync(Chart).ConfigureAwait(false), Throws.InstanceOf<ObjectDisposedException>());
    }
}
