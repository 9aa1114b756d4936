using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Server.Platform.Calculation;

/// <summary>
/// Loads the fast path's tables when the server starts (or builds and caches them, the first time), so no request waits
/// for them. A cache folder that cannot be used leaves the server answering natively, with a warning.
/// </summary>
public static partial class FastPathStartup
{
    public static FastEphemeris? Load(EphemerisPool pool, FastPathOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return null;
        }

        var stopwatch = Stopwatch.StartNew();
        try
        {
            var fastPath = FastEphemeris.LoadOrBuildAsync(pool, new FastEphemerisOptions { CacheDirectory = options.CacheDirectory })
                .GetAwaiter().GetResult();
            LogReady(logger, stopwatch.Elapsed.TotalSeconds, fastPath.Width.ToString());
            return fastPath;
        }
        catch (Exception unusable) when (unusable is IOException or UnauthorizedAccessException)
        {
            LogUnavailable(logger, unusable.Message);
            return null;
        }
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Information, Message = "Fast path ready in {Seconds:0.0} s ({Width} evaluation)")]
    private static partial void LogReady(ILogger logger, double seconds, string width);

    [LoggerMessage(EventId = 61, Level = LogLevel.Warning,
        Message = "Fast path unavailable ({Reason}); every calculation runs on the native library")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
