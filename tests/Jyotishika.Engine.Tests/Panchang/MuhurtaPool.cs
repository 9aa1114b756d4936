using Jyotishika.Engine.Native;
using Jyotishika.Engine.Panchang.Muhurta;

namespace Jyotishika.Engine.Tests.Panchang;

/// <summary>A pool of its own for the muhurta tests.</summary>
[SetUpFixture]
public sealed class MuhurtaPool
{
    private static EphemerisPool? pool;

    public static MuhurtaEngine Engine { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1, QueueCapacity = 16 });
        Engine = new MuhurtaEngine(pool);
    }

    [OneTimeTearDown]
    public void Stop() => pool?.Dispose();
}
