using System.Globalization;
using Jyotishika.Engine;
using Jyotishika.Server.Storage.Caching;

namespace Jyotishika.Server.Tests.Golden;

/// <summary>
/// Placeholders for what the run and the build decide rather than the request: the module ids of the engine and server
/// assemblies (a saved chart's engine_version names them so that a chart from another build is recomputed; every code
/// change gives a new id, so the restructuring itself changes them), and expiry instants a fixed span from now.
/// </summary>
internal static class RunIdentity
{
    public static void Register(Placeholders placeholders)
    {
        ArgumentNullException.ThrowIfNull(placeholders);
        placeholders.Register("<engine-module-id>", typeof(ChartEngine).Module.ModuleVersionId.ToString("N"));
        placeholders.Register("<server-module-id>", typeof(ChartCacheKey).Module.ModuleVersionId.ToString("N"));

        var now = DateTimeOffset.UtcNow;
        var wholeSecond = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
        placeholders.Register("<in-30-days>", Rfc3339(wholeSecond.AddDays(30)));
        placeholders.Register("<in-400-days>", Rfc3339(wholeSecond.AddDays(400)));
    }

    private static string Rfc3339(DateTimeOffset instant) => instant.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
