using Jyotishika.Engine.FastPath;
using Jyotishika.Engine.Native;

namespace Jyotishika.Engine.Tests.FastPath;

/// <summary>
/// Sidereal modes: the library's sidereal longitude is exactly the tropical longitude of the mean equinox of date less
/// the mean ayanamsha (checked to 1e-9″ when the fast path was designed), so each fitted mode must reproduce the
/// library's true ayanamsha (the chart's) and sidereal longitudes within the contract. Star-based and user-defined
/// modes are the library's.
/// </summary>
[TestFixture]
public sealed class AyanamshaTests
{
    /// <summary>Modes the tables fit (known before they load, so it can feed test cases).</summary>
    public static IEnumerable<Ayanamsha> Fitted() =>
        Enum.GetValues<Ayanamsha>().Where(a => a is not Ayanamsha.UserDefined && FitParameters.FittedSiderealModes.Contains(a.LibraryMode()));

    [Test]
    public void Every_ordinary_mode_is_fitted_and_star_based_modes_are_not()
    {
        var fitted = Enum.GetValues<Ayanamsha>().Where(a => FastPathTables.Fast.Supports(ChartSettings.Default with
        {
            Ayanamsha = a,
            UserAyanamsha = a == Ayanamsha.UserDefined ? new UserAyanamsha(2451545, 23.85) : null,
        })).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(fitted, Has.Count.EqualTo(35), "the 34 predefined modes tied neither to a star nor to the ecliptic of their epoch, and Vedanjanam");
            Assert.That(fitted, Does.Contain(Ayanamsha.Lahiri).And.Contain(Ayanamsha.Vedanjanam).And.Contain(Ayanamsha.Krishnamurti));
            Assert.That(fitted, Does.Not.Contain(Ayanamsha.TrueCitra).And.Not.Contain(Ayanamsha.GalacticCenter0Sag).And.Not.Contain(Ayanamsha.J2000));
            Assert.That(fitted, Does.Not.Contain(Ayanamsha.UserDefined));
            Assert.That(fitted, Is.EquivalentTo(Fitted()));
        });
    }

    [TestCaseSource(nameof(Fitted))]
    public async Task Chart_ayanamsha_and_sidereal_longitudes_match_the_library(Ayanamsha ayanamsha)
    {
        var settings = ChartSettings.Default with { Ayanamsha = ayanamsha };
        var julianDays = FastPathCases.JulianDays(2000, 700 + (int)ayanamsha);
        var fastSun = new BodyPosition[julianDays.Length];
        var fastMoon = new BodyPosition[julianDays.Length];
        FastPathTables.Fast.GetPositions(Graha.Sun, julianDays, settings, fastSun);
        FastPathTables.Fast.GetPositions(Graha.Moon, julianDays, settings, fastMoon);
        var (longitude, speed) = await FastPathTables.Pool.RunAsync(session =>
        {
            ChartCalculator.SetSiderealMode(session, settings);
            var flags = ChartCalculator.PositionFlags(settings.PositionType);
            double worstLongitude = 0, worstSpeed = 0;
            for (var i = 0; i < julianDays.Length; i++)
            {
                foreach (var (fast, body) in new[] { (fastSun[i], SwissEph.BodySun), (fastMoon[i], SwissEph.BodyMoon) })
                {
                    if (!fast.IsAnswered)
                    {
                        continue;
                    }

                    var native = session.Calculate(julianDays[i], body, flags);
                    worstLongitude = Math.Max(worstLongitude, Arc.Separation(fast.Longitude, Arc.Normalize(native.Longitude - ayanamsha.ExtraOffset())));
                    worstSpeed = Math.Max(worstSpeed, Math.Abs(fast.Speed - native.LongitudeSpeed));
                }
            }

            return (worstLongitude, worstSpeed);
        }, CancellationToken.None).ConfigureAwait(false);

        double chartAyanamsha = 0;
        foreach (var input in FastPathCases.Charts(200, 800 + (int)ayanamsha, settings))
        {
            if (FastPathTables.Fast.TryCompute(input, out var fast))
            {
                var native = await FastPathTables.Engine.ComputeAsync(input with { Path = CalculationPath.Native }).ConfigureAwait(false);
                chartAyanamsha = Math.Max(chartAyanamsha, Math.Abs(fast.AyanamshaDegrees - native.AyanamshaDegrees));
            }
        }

        Assert.Multiple(() =>
        {
            Assert.That(FastPathCases.ArcSeconds(longitude), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds), "longitude (″)");
            Assert.That(FastPathCases.ArcSeconds(speed), Is.LessThanOrEqualTo(FastPathContract.SpeedArcSecondsPerDay), "speed (″/day)");
            Assert.That(FastPathCases.ArcSeconds(chartAyanamsha), Is.LessThanOrEqualTo(FastPathContract.LongitudeArcSeconds), "true ayanamsha (″)");
        });
    }
}
