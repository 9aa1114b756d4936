using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>
/// A pool of its own for the ephemeris tests: they watch it drain after a cancelled stream, and make raw native calls on
/// it for the independent reference searches.
/// </summary>
[SetUpFixture]
public sealed class EphemerisTestPool
{
    private static EphemerisPool? pool;

    internal static EphemerisPool Pool => pool ?? throw new InvalidOperationException("Pool not started");

    internal static EphemerisEngine Engine { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 2, QueueCapacity = 64 });
        Engine = new EphemerisEngine(pool);
    }

    [OneTimeTearDown]
    public void Stop() => pool?.Dispose();
}
