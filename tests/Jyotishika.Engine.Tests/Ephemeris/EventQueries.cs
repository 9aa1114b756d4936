using Jyotishika.Engine.Ephemeris;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.Ephemeris;

/// <summary>Event queries the tests share, and the engine's answers collected.</summary>
internal static class EventQueries
{
    public static readonly DateTime Start2024 = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateTime Start2025 = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static async Task<List<CelestialEvent>> SearchAsync(
        DateTime start, DateTime end, Graha[] bodies, EventKind[] kinds, ChartSettings? settings = null)
    {
        var events = new List<CelestialEvent>();
        var query = new EventsQuery(start, end, bodies, kinds, settings ?? ChartSettings.Default);
        await foreach (var found in EphemerisTestPool.Engine.SearchEventsAsync(query))
        {
            events.Add(found);
        }

        return events;
    }

    public static Task<List<CelestialEvent>> Year2024Async(Graha[] bodies, params EventKind[] kinds) =>
        SearchAsync(Start2024, Start2025, bodies, kinds);

    /// <summary>The Julian day (UT1) the engine starts from for a UTC instant.</summary>
    public static Task<double> JulianDayAsync(DateTime utc) =>
        EphemerisTestPool.Pool.RunAsync(session => session.UtcToJulianDay(utc).Universal, CancellationToken.None);

    /// <summary>The library's body number for a graha (the mean node for Rahu and Ketu).</summary>
    public static int LibraryBody(Graha graha) => ChartAssembly.LibraryBody(graha, ChartSettings.Default);
}
