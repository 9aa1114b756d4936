using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Strength;

/// <summary>A pool of its own for the shadbala tests.</summary>
[SetUpFixture]
public sealed class StrengthPool
{
    public static EphemerisPool Pool { get; private set; } = null!;

    public static ChartEngine Engine { get; private set; } = null!;

    [OneTimeSetUp]
    public void Start()
    {
        Pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 1, QueueCapacity = 16 });
        Engine = new ChartEngine(Pool);
    }

    [OneTimeTearDown]
    public void Stop() => Pool?.Dispose();
}
