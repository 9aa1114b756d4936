namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>Seeded random inputs over the whole supported range.</summary>
internal static class FastPathCases
{
    /// <summary>Uniform instants (whole milliseconds) over the supported range.</summary>
    internal static DateTime[] Instants(int count, int seed)
    {
#pragma warning disable CA5394 // Reproducible test data, not security.
        var random = new Random(seed);
        var first = SupportedRange.FirstInstant.Ticks / TimeSpan.TicksPerMillisecond;
        var span = SupportedRange.EndInstant.Ticks / TimeSpan.TicksPerMillisecond - first;
        return Enumerable.Range(0, count)
            .Select(_ => new DateTime((first + random.NextInt64(span)) * TimeSpan.TicksPerMillisecond, DateTimeKind.Utc))
            .ToArray();
#pragma warning restore CA5394
    }

    /// <summary>Uniform Julian days (UT) over the supported range.</summary>
    internal static double[] JulianDays(int count, int seed)
    {
#pragma warning disable CA5394
        var random = new Random(seed);
        var span = SupportedRange.EndJulianDay - SupportedRange.FirstJulianDay;
        return Enumerable.Range(0, count).Select(_ => SupportedRange.FirstJulianDay + random.NextDouble() * span).ToArray();
#pragma warning restore CA5394
    }

    /// <summary>Charts at random instants and places with |latitude| ≤ <paramref name="maxLatitude"/>.</summary>
    internal static ChartInput[] Charts(int count, int seed, ChartSettings settings, double maxLatitude = 60)
    {
#pragma warning disable CA5394
        var random = new Random(seed);
        var instants = Instants(count, seed + 1);
        return instants
            .Select(instant => new ChartInput(
                instant,
                Math.Round((random.NextDouble() * 2 - 1) * maxLatitude, 4),
                Math.Round(random.NextDouble() * 360 - 180, 4),
                settings))
            .ToArray();
#pragma warning restore CA5394
    }

    internal static double ArcSeconds(double degrees) => degrees * 3600.0;
}
