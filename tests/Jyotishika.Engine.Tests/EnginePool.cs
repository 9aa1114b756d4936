using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests;

/// <summary>
/// One ephemeris pool for the whole test assembly, reading the 18-series files the build copies to
/// <c>AppContext.BaseDirectory/ephe</c>. Tests that need a pool of their own (sizes, queue pressure) create it locally.
/// </summary>
[SetUpFixture]
public sealed class EnginePool
{
    private static EphemerisPool? pool;

    /// <summary>The folder the pool reads; swetest is pointed at the same one.</summary>
    public static string EphemerisPath { get; } = new EphemerisPoolOptions().EphemerisPath;

    public static ChartEngine Engine { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 2, QueueCapacity = 256 });
        Engine = new ChartEngine(pool);
    }

    [OneTimeTearDown]
    public void Stop() => pool?.Dispose();
}
