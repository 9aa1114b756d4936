using Jyotishika.Engine.FastPath;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>Chart comparisons: exact (same path) or within the fast path's contract.</summary>
internal static class ChartComparison
{
    internal static void AssertIdentical(Chart actual, Chart expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.JulianDayUt, Is.EqualTo(expected.JulianDayUt), "Julian day");
            Assert.That(actual.AyanamshaDegrees, Is.EqualTo(expected.AyanamshaDegrees), "ayanamsha");
            Assert.That(actual.Grahas, Is.EqualTo(expected.Grahas), "grahas");
            Assert.That(actual.Ascendant, Is.EqualTo(expected.Ascendant), "ascendant");
            Assert.That(actual.Midheaven, Is.EqualTo(expected.Midheaven), "midheaven");
            Assert.That(actual.Cusps, Is.EqualTo(expected.Cusps), "cusps");
        });
    }

    /// <summary>Numbers within the contract; every discrete attribute equal.</summary>
    internal static void AssertWithinContract(Chart actual, Chart expected)
    {
        const double Degree = 1 / 3600.0;
        Assert.Multiple(() =>
        {
            Assert.That(actual.JulianDayUt, Is.EqualTo(expected.JulianDayUt).Within(FastPathContract.JulianDay), "Julian day");
            Assert.That(actual.AyanamshaDegrees, Is.EqualTo(expected.AyanamshaDegrees).Within(FastPathContract.LongitudeArcSeconds * Degree));
            Assert.That(actual.Grahas, Has.Count.EqualTo(expected.Grahas.Count));
            for (var i = 0; i < expected.Grahas.Count; i++)
            {
                var (a, e) = (actual.Grahas[i], expected.Grahas[i]);
                Assert.That(Arc.Separation(a.Longitude, e.Longitude), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds * Degree), $"{e.Graha} longitude");
                Assert.That(a.Speed, Is.EqualTo(e.Speed).Within(FastPathContract.SpeedArcSecondsPerDay * Degree), $"{e.Graha} speed");
                Assert.That(a.Latitude, Is.EqualTo(e.Latitude).Within(FastPathContract.LatitudeArcSeconds * Degree), $"{e.Graha} latitude");
                Assert.That(a.DistanceAu, Is.EqualTo(e.DistanceAu).Within(FastPathContract.RelativeDistance * e.DistanceAu), $"{e.Graha} distance");
                Assert.That(
                    (a.Graha, a.Placement.Sign, a.Placement.Nakshatra, a.Placement.NavamsaSign, a.House, a.Combust, a.Stationary, a.Retrograde),
                    Is.EqualTo((e.Graha, e.Placement.Sign, e.Placement.Nakshatra, e.Placement.NavamsaSign, e.House, e.Combust, e.Stationary, e.Retrograde)),
                    $"{e.Graha} classification");
            }

            Assert.That(Arc.Separation(actual.Ascendant.Longitude, expected.Ascendant.Longitude), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds * Degree));
            Assert.That(Arc.Separation(actual.Midheaven.Longitude, expected.Midheaven.Longitude), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds * Degree));
            Assert.That(actual.Ascendant.Sign, Is.EqualTo(expected.Ascendant.Sign));
            for (var i = 0; i < expected.Cusps.Count; i++)
            {
                Assert.That(Arc.Separation(actual.Cusps[i].Placement.Longitude, expected.Cusps[i].Placement.Longitude),
                    Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds * Degree), $"cusp {i + 1}");
            }
        });
    }
}
