using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>A pool of its own for the panchang tests, so they need nothing from the chart fixtures.</summary>
[SetUpFixture]
public sealed class PanchangPool
{
    private static EphemerisPool? pool;

    public static PanchangEngine Engine { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 2, QueueCapacity = 64 });
        Engine = new PanchangEngine(pool);
    }

    [OneTimeTearDown]
    public void Stop() => pool?.Dispose();
}
