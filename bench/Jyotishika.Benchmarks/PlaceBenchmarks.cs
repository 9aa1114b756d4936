using BenchmarkDotNet.Attributes;
using Jyotishika.Engine.Places;

namespace Jyotishika.Benchmarks;

/// <summary>
/// Zone inference on the shipped GeoNames data over a fixed-seed set of <see cref="PointsPerInvocation"/> points, reported
/// per point: <see cref="PointKind.Land"/> points lie within 0.1° of random places, <see cref="PointKind.Anywhere"/> points
/// are uniform on the sphere (about 70 % sea, where the search must widen to the ocean threshold before it gives up).
/// </summary>
[Config(typeof(PlaceBenchmarkConfig))]
public class PlaceBenchmarks
{
    public const int PointsPerInvocation = 1000;

    private TimeZoneLocator? locator;
    private (double Latitude, double Longitude)[] points = [];

    public enum PointKind
    {
        Land,
        Anywhere,
    }

    [Params(PointKind.Land, PointKind.Anywhere)]
    public PointKind Points { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var index = PlaceIndex.Load(PlaceIndex.DefaultPath);
        locator = new TimeZoneLocator(index);
        var random = new Random(20261125);
        var places = index.All().ToArray();
        points = new (double, double)[PointsPerInvocation];
        for (var i = 0; i < points.Length; i++)
        {
            if (Points == PointKind.Land)
            {
                var place = places[random.Next(places.Length)];
                points[i] = (Math.Clamp(place.Latitude + (0.2 * random.NextDouble()) - 0.1, -89.9, 89.9),
                    Math.Clamp(place.Longitude + (0.2 * random.NextDouble()) - 0.1, -180, 180));
            }
            else
            {
                points[i] = (Math.Asin((2 * random.NextDouble()) - 1) * 180 / Math.PI, (360 * random.NextDouble()) - 180);
            }
        }
    }

    [Benchmark(OperationsPerInvoke = PointsPerInvocation, Description = "Infer zone (per point)")]
    public int InferZone()
    {
        var atSea = 0;
        foreach (var (latitude, longitude) in points)
        {
            atSea += locator!.Infer(latitude, longitude).Nearest is null ? 1 : 0;
        }

        return atSea;
    }
}
