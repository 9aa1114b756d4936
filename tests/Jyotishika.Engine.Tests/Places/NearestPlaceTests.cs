using Jyotishika.Engine.Places;

namespace Jyotishika.Engine.Tests.Places;

/// <summary>The grid search against a brute-force scan of every place, including poles and the antimeridian.</summary>
[TestFixture]
public sealed class NearestPlaceTests
{
    private static readonly (double Latitude, double Longitude)[] EdgePoints =
    [
        (89.99, 0), (89.5, 179.99), (-89.99, 45), (-89.5, -179.99), (85, 180), (-85, -180), (0, 180), (0, -180),
        (66.3, 179.95), (66.3, -179.95), (-18.2, 179.99), (-18.2, -179.99), (-16.8, 180), (52, 179.5), (71, -179.5),
        (0, 0), (0.5, 0.5), (-0.5, -0.5), (45, 90), (-45, -90), (89.999, -120), (-77.85, 166.67),
    ];

    [Test]
    public void Nearest_equals_a_brute_force_scan_for_random_and_edge_points()
    {
        var places = PlaceData.Index.All().ToArray();
        var vectors = Array.ConvertAll(places, p => GreatCircle.ToUnitVector(p.Latitude, p.Longitude));
        var random = new Random(20261125);
        var points = EdgePoints.Concat(Enumerable.Range(0, 300).Select(_ =>
            (Math.Asin((2 * random.NextDouble()) - 1) * 180 / Math.PI, (360 * random.NextDouble()) - 180)));
        var mismatches = new List<string>();
        foreach (var (latitude, longitude) in points)
        {
            var found = PlaceData.Index.Nearest(latitude, longitude);
            var expectedKm = BruteForceKm(vectors, GreatCircle.ToUnitVector(latitude, longitude));
            if (Math.Abs(found.DistanceKm - expectedKm) > 1e-6)
            {
                mismatches.Add($"({latitude}, {longitude}): found {found.Place.Name} at {found.DistanceKm} km, nearest is {expectedKm} km");
            }
        }

        Assert.That(mismatches, Is.Empty);
    }

    [Test]
    public void The_nearest_place_to_a_place_is_itself()
    {
        var nearest = PlaceData.Index.Nearest(18.51957, 73.85535);
        Assert.Multiple(() =>
        {
            Assert.That(nearest.Place.Name, Is.EqualTo("Pune"));
            Assert.That(nearest.DistanceKm, Is.LessThan(1e-6));
        });
    }

    [Test]
    public void Distances_are_great_circle_kilometres()
    {
        // Egvekinot (Chukotka, 179.12° W) seen from 179.9° E: 0.98° of longitude at 66.32° N across the antimeridian.
        var nearest = PlaceData.Index.Nearest(66.32166, 179.9);
        Assert.Multiple(() =>
        {
            Assert.That(nearest.Place.Name, Is.EqualTo("Egvekinot"));
            Assert.That(nearest.DistanceKm, Is.EqualTo(43.7).Within(0.3));
        });
    }

    [TestCase(double.NaN, 0)]
    [TestCase(0, double.NaN)]
    [TestCase(90.5, 0)]
    [TestCase(0, -180.5)]
    [TestCase(double.PositiveInfinity, 0)]
    public void Coordinates_out_of_range_are_refused_rather_than_searched_forever(double latitude, double longitude)
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => PlaceData.Index.Nearest(latitude, longitude), Throws.InstanceOf<ArgumentOutOfRangeException>());
            Assert.That(() => PlaceData.Locator.Infer(latitude, longitude), Throws.InstanceOf<ArgumentOutOfRangeException>());
        });
    }

    private static double BruteForceKm(UnitVector[] vectors, UnitVector target)
    {
        var best = double.PositiveInfinity;
        foreach (var v in vectors)
        {
            var (dx, dy, dz) = (v.X - target.X, v.Y - target.Y, v.Z - target.Z);
            best = Math.Min(best, (dx * dx) + (dy * dy) + (dz * dz));
        }

        return GreatCircle.ChordSquaredToKm(best);
    }
}
