using System.Diagnostics;
using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// The fast path's tables for every test in this namespace, loaded from the user cache directory (or
/// <c>JYOTISHIKA_FASTPATH_CACHE</c>) or built there on first use (~30 s of both cores; longer on a busy machine).
/// A pool of its own, so the contract test can keep both of its threads busy.
/// </summary>
[SetUpFixture]
public sealed class FastPathTables
{
    private static EphemerisPool? pool;

    public static EphemerisPool Pool => pool ?? throw new InvalidOperationException("The fast-path fixture has not started.");

    public static FastEphemeris Fast { get; private set; } = null!;

    /// <summary>An engine that answers from the fast path where it can.</summary>
    public static ChartEngine Engine { get; private set; } = null!;

    /// <summary>The cache folder the fixture uses (null: the default).</summary>
    public static string? CacheDirectory => Environment.GetEnvironmentVariable("JYOTISHIKA_FASTPATH_CACHE") is { Length: > 0 } folder ? folder : null;

    [OneTimeSetUp]
    public async Task LoadAsync()
    {
        pool = new EphemerisPool(new EphemerisPoolOptions { ThreadCount = 2, QueueCapacity = 256 });
        var stopwatch = Stopwatch.StartNew();
        Fast = await FastEphemeris.LoadOrBuildAsync(pool, new FastEphemerisOptions { CacheDirectory = CacheDirectory }).ConfigureAwait(false);
        Engine = new ChartEngine(pool, Fast);
        await TestContext.Progress.WriteLineAsync(
            $"Fast-path tables {(Fast.Info.LoadedFromCache ? "loaded" : "built")} in {stopwatch.Elapsed.TotalSeconds:0.0} s: " +
            $"{Fast.Info.Segments} segments ({Fast.Info.HoleSegments} left to the library), {Fast.Info.NativeSamples} native samples, " +
            $"file {Fast.Info.FileBytes / 1048576.0:0.0} MiB at {Fast.Info.CachePath}, memory {Fast.Info.MemoryBytes / 1048576.0:0} MiB, " +
            $"evaluated with {Fast.Width}").ConfigureAwait(false);
    }

    [OneTimeTearDown]
    public void Stop() => pool?.Dispose();
}
