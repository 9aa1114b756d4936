using System.Globalization;
using Jyotishika.V1;

namespace Jyotishika.LoadGenerator;

/// <summary>
/// Random valid chart requests from a seed, drawn as the engine benchmarks draw theirs: instants uniform over 1900–2100
/// UTC (whole seconds, written with "Z" so the server resolves no zone), latitudes ±66° (inhabited; every house system
/// has cusps there), longitudes ±180°, all conventions at their defaults (Lahiri, whole sign, mean node, apparent).
/// </summary>
public static class BirthData
{
    private static readonly DateTime First = new(1900, 1, 1, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime End = new(2100, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static ChartRequest[] Create(int count, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
#pragma warning disable CA5394 // A seeded, reproducible generator is the point; nothing here is security-relevant.
        var random = new Random(seed);
        var seconds = (long)(End - First).TotalSeconds;
        var requests = new ChartRequest[count];
        for (var i = 0; i < count; i++)
        {
            requests[i] = new ChartRequest
            {
                Datetime = First.AddSeconds(random.NextInt64(seconds)).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
                Latitude = Math.Round(random.NextDouble() * 132.0 - 66.0, 4),
                Longitude = Math.Round(random.NextDouble() * 360.0 - 180.0, 4),
            };
        }
#pragma warning restore CA5394

        return requests;
    }
}
