using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Server.Platform.Calculation;

/// <summary>
/// <c>Jyotishika.Server build-fast-path</c>: builds the fast path's tables into FAST_PATH_CACHE_DIR (or loads them when
/// already there) and exits, so that an image build or a deployment step pays the half minute instead of a first start.
/// </summary>
public static class BuildFastPathCommand
{
    public const string Name = "build-fast-path";

    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
        var options = ServerOptions.FromConfiguration(configuration);
        using var pool = new EphemerisPool(options.Ephemeris);
        var stopwatch = Stopwatch.StartNew();
        var fastPath = await FastEphemeris.LoadOrBuildAsync(pool, new FastEphemerisOptions { CacheDirectory = options.FastPath.CacheDirectory })
            .ConfigureAwait(false);
        await output.WriteLineAsync($"Fast path tables ready in {stopwatch.Elapsed.TotalSeconds:0.0} s ({fastPath.Width}).")
            .ConfigureAwait(false);
        return 0;
    }
}
